// What every scenario (drug, disease, bath change) tells people about itself: the muscle's and the neuron's alike.

export interface ScenarioInfo {
  id: string;
  name: string;
  description: string;
  levelMeaning: string;
  unit: string;
  default: number;
  min: number;
  max: number;
}
