// The motor neuron's parameter table (issue 12): soma / axon initial segment, synapses, myelinated axon and nerve
// terminal, each constant with its unit (name ending or comment) and source, in the convention of parameters.ts
// (short citations resolve to the reference list of docs/physiology-sources.md; test/shared/physiology/
// neuronSources.test.ts checks it). 37 °C. Potentials in mV, conductances in mS/cm², currents in µA/cm².

export const NEURON = {
  // --- soma and axon initial segment: one compartment (Hodgkin & Huxley 1952 formalism) ---
  capacitanceUFPerCm2: 1, // neuronal membrane ≈ 0.9 µF/cm² (Gentet, Stuart & Clements 2000)
  // Na+ and delayed-rectifier K+: Traub & Miles 1991 rate functions in the form of Pospischil et al. 2008, x = V − V_T:
  // α_m = 0.32(x−13)/(1−e^(−(x−13)/4)), β_m = 0.28(x−40)/(e^((x−40)/5)−1), α_h = 0.128e^(−(x−17)/18),
  // β_h = 4/(1+e^(−(x−40)/5)), α_n = 0.032(x−15)/(1−e^(−(x−15)/5)), β_n = 0.5e^(−(x−10)/40) (1/ms)
  somaVTMv: -69, // tuned: spike threshold ≈ −55 mV (dV/dt > 10 mV/ms) and ≈ 10 mV above rest for brief inputs (Coombs, Curtis & Eccles 1957)
  somaGNaMsPerCm2: 30, // tuned: spike peak ≈ +40 mV (Pospischil et al. 2008 use 50–58)
  somaGKMsPerCm2: 12, // tuned: half-width ≈ 0.6 ms, fast undershoot to ≈ −80 mV
  somaENaMv: 50, // (Pospischil et al. 2008; Traub & Miles 1991)
  somaEKMv: -90, // E_K of cat motoneurones ≈ −90 mV (Coombs, Eccles & Fatt 1955a)
  // Resting conductance: K+ leak with some Na+ leak (the contrast with muscle, whose resting conductance is mostly
  // Cl−, Palade & Barchi 1977). Tuned: rest −70 mV (Brock, Coombs & Eccles 1952), τ_m ≈ 7 ms (Burke & ten
  // Bruggencate 1971: 4–10 ms in cat α-motoneurones).
  somaGKLeakMsPerCm2: 0.12, // tuned (see above)
  somaGNaLeakMsPerCm2: 0.0225, // tuned (see above)
  somaPumpUAPerCm2: 0.3, // model choice: the electrogenic Na+/K+ pump's net outward current, ≈ 2 mV of the resting potential
  // High-voltage-activated Ca2+ current (N-type-like, instantaneous activation m∞², form after Booth, Rinzel & Kiehn
  // 1997) feeding a Ca2+ pool that opens SK channels: g_SK·[Ca]/([Ca]+K_d)·(V − E_K), the motoneurone's
  // medium after-hyperpolarisation (apamin-sensitive; Viana, Bayliss & Berger 1993).
  somaGCaMsPerCm2: 0.15, // tuned
  somaECaMv: 120, // apparent Ca2+ reversal (Booth, Rinzel & Kiehn 1997 use 80; Nernst for 2 mM / 0.1 µM ≈ +130)
  somaCaVHalfMv: -25, // model choice: m∞ = 1/(1+e^(−(V+25)/5)), opens only during the spike
  somaCaSlopeMv: 5, // model choice
  somaCaUMPerUAMs: 0.0015, // tuned: µM per (µA/cm²·ms) of Ca2+ current into the SK-sensing pool
  somaCaTauMs: 25, // tuned: AHP back to within 0.5 mV of rest ≈ 85 ms (fast motoneurones ≈ 50–100 ms; Eccles, Eccles & Lundberg 1958)
  somaGSKMsPerCm2: 1.0, // tuned: undershoot ≈ −77 mV at 10 ms
  somaSKKdUM: 0.2, // half-activating Ca2+ (Booth, Rinzel & Kiehn 1997)
  // Integration (numerics, convergence tested): every 2 substeps (40 µs) while anything happens, every 25 (500 µs)
  // while the soma only relaxes below −60 mV, ≥ 4 ms after a spike, with no input on; any input first brings it up to the present.
  somaQuietEverySubsteps: 25, // count (numerics)
  somaQuietBelowMv: -60, // numerics
  somaQuietAfterSpikeMs: 4, // numerics: and not before this long after a spike (the fast undershoot needs 40 µs)
  somaSpikeDetectMv: 0, // a soma spike is counted when V overshoots 0 mV (model choice) …
  somaSpikeRearmMv: -40, // … and the detector re-arms below −40 mV (model choice)

  // --- synapses on the motor neuron: conductances g(t) ∝ e^(−t/τ_decay) − e^(−t/τ_rise), peak = the value below ---
  // One "synapse" here is one input (a few afferent or interneuron terminals firing together): its PSP is a few mV.
  excitatoryPeakMsPerCm2: 0.033, // tuned: one EPSP ≈ 2.5 mV from rest; four together reach threshold
  excitatoryRiseMs: 0.2, // model choice: a fast AMPA-type conductance; the EPSP time course is set mostly by τ_m,
  excitatoryDecayMs: 1, // model choice: EPSP rise ≈ 1.3 ms, half-width ≈ 8 ms (Jack, Miller, Porter & Redman 1971)
  excitatoryEMv: 0, // EPSP reversal near 0 mV (Coombs, Eccles & Fatt 1955c)
  inhibitoryPeakMsPerCm2: 0.15, // tuned: one IPSP ≈ −3 mV from rest (Coombs, Eccles & Fatt 1955b: ≈ 2–3 mV)
  inhibitoryRiseMs: 0.5, // model choice: glycinergic IPSP peaks ≈ 5 ms after the input, lasts ≈ 20 ms (Curtis & Eccles 1959)
  inhibitoryDecayMs: 4, // model choice
  inhibitoryEMv: -80, // glycine-gated Cl− conductance: IPSP reversal ≈ −80 mV (Coombs, Eccles & Fatt 1955b)
  synapseCountMax: 50, // count: inputs one call may fire at once (model choice)
  injectMaxUAPerCm2: 1000, // model choice: largest current the lab tool injects
  // An antidromic impulse invades the soma as the axial current of the initial segment's spike (model choice:
  // 60 µA/cm² for 0.5 ms ≈ 3× the brief-pulse threshold; Coombs, Curtis & Eccles 1957 describe the invasion).
  antidromicDriveUAPerCm2: 60, // model choice
  antidromicDriveMs: 0.5, // model choice
  antidromicSpikeWindowMs: 3, // model choice: a soma spike this soon after the invasion is that invasion's own spike

  // --- myelinated axon: geometry and speed ---
  fibreDiameterUm: 10, // α-motor fibre, outer diameter (model choice within 8–20 µm: Boyd & Davey 1968)
  // Conduction velocity ≈ 6 m/s per µm of fibre diameter (Hursh 1939): the control speed. The cable below sets only
  // how demyelination and Na+ channel block change it (the ratio to its own control speed) and whether it conducts.
  velocityPerDiameterMPerSPerUm: 6, // (Hursh 1939)
  axonLengthMm: 100, // model choice: soma-to-terminal length, the order of a rat lumbar motoneurone's axon to a hindlimb muscle
  stimulusSiteMm: 30, // model choice: the nerve stimulator's electrode, this far from the junction: 0.5 ms at 60 m/s
  axonRefractoryMs: 1, // absolute refractory period of the axon (model choice, as the stimulator's nerveRefractoryMs)

  // --- the cable that measures conduction: mammalian (rabbit) node of Ranvier at 37 °C, CRRSS model (Chiu, Ritchie,
  // Rogart & Stagg 1979; Sweeney, Mortimer & Durand 1987): I_Na = g·m²h·(V − E_Na), leak; no fast K+ ---
  // α_m = (126 + 0.363V)/(1 + e^(−(V+49)/5.3)), β_m = α_m/e^((V+56.2)/4.17), β_h = 15.6/(1 + e^(−(V+56)/10)),
  // α_h = β_h/e^((V+74.5)/5) (1/ms, absolute V)
  nodeCapacitanceUFPerCm2: 2.5, // (Sweeney, Mortimer & Durand 1987)
  nodeGNaMsPerCm2: 1445, // (Sweeney, Mortimer & Durand 1987)
  nodeGLeakMsPerCm2: 128, // (Sweeney, Mortimer & Durand 1987)
  nodeENaMv: 35.64, // (Sweeney, Mortimer & Durand 1987)
  nodeELeakMv: -80.01, // (Sweeney, Mortimer & Durand 1987)
  nodeLengthUm: 1.5, // (Sweeney, Mortimer & Durand 1987)
  axonToFibreDiameter: 0.6, // dimensionless: axon (and node) diameter ÷ fibre diameter (Sweeney, Mortimer & Durand 1987)
  internodePerFibreDiameter: 100, // dimensionless: internode length ÷ fibre diameter (Sweeney, Mortimer & Durand 1987)
  axoplasmOhmCm: 54.7, // axoplasmic resistivity (Sweeney, Mortimer & Durand 1987)
  // Myelin: each lamella has two membranes of 0.1 µF/cm² and 1 mS/cm²; 120 lamellae for a 10 µm fibre (McIntyre,
  // Richardson & Grill 2002). Demyelination removes lamellae: the sheath's capacitance and conductance grow as
  // 1/(lamellae left), in series with the internodal axolemma (2 µF/cm², 0.1 mS/cm², McIntyre et al. 2002).
  myelinCapacitancePerLamellaUFPerCm2: 0.1, // (McIntyre, Richardson & Grill 2002)
  myelinConductancePerLamellaMsPerCm2: 1, // (McIntyre, Richardson & Grill 2002)
  myelinLamellae: 120, // count (McIntyre, Richardson & Grill 2002)
  internodeAxolemmaUFPerCm2: 2, // (McIntyre, Richardson & Grill 2002)
  internodeAxolemmaMsPerCm2: 0.1, // (McIntyre, Richardson & Grill 2002)
  cableNodes: 25, // count (numerics): nodes in the measured stretch
  cableSegmentsPerInternode: 5, // count (numerics)
  cableDtMs: 0.001, // numerics: backward Euler step (0.5 µs changes the speed by < 2 %)
  cableWindowMs: 3, // numerics
  cableStimulusUA: 2, // numerics: 2 µA for 0.1 ms at the first node, far above threshold
  cableStimulusMs: 0.1, // numerics
  cableFirstNode: 5, // count (numerics): speed measured between this node …
  cableLastNode: 20, // count (numerics): … and this one; the impulse must overshoot −40 mV there to count as conducted
  cableConductedMv: -40, // numerics (see above)
  nodeTemplateLeadMs: 0.2, // numerics: the last node's AP is taken from this long before it crosses −40 mV …
  nodeTemplateMs: 1.5, // numerics: … for this long, as the drive of the terminal

  // --- nerve terminal: unmyelinated, one compartment driven by the last node through an axial conductance ---
  // Na+ and K+: Traub & Miles 1991 / Pospischil et al. 2008 forms as the soma; K+ rates × terminalKRateFactor (fast,
  // Kv3-like, model choice). Tuned to an AP peaking near +26 mV with half-width ≈ 0.4 ms at 37 °C.
  terminalVTMv: -62, // tuned
  terminalGNaMsPerCm2: 150, // tuned
  terminalGKMsPerCm2: 60, // tuned; the K+ channels 4-aminopyridine blocks (Molgó, Lemeignan & Lechat 1977)
  terminalKRateFactor: 4, // dimensionless (model choice, see above)
  terminalENaMv: 50, // (Pospischil et al. 2008)
  terminalEKMv: -90, // model choice: as the soma
  terminalGLeakMsPerCm2: 0.5, // tuned
  terminalELeakMv: -80, // model choice: rests with the node at −80 mV
  terminalCouplingMsPerCm2: 12, // tuned: axial conductance from the last node (its AP fires the terminal reliably)
  // CaV2.1 (P/Q-type channels carry release at the mammalian NMJ, Uchitel et al. 1992): HH m² model of Borst &
  // Sakmann 1998, α = 1.78e^(V/23.3), β = 0.140e^(−V/15) 1/ms at 24 °C, I_Ca ∝ m²·(V − E_Ca).
  caAlphaPerMs: 1.78, // (Borst & Sakmann 1998)
  caAlphaSlopeMv: 23.3, // (Borst & Sakmann 1998)
  caBetaPerMs: 0.14, // (Borst & Sakmann 1998)
  caBetaSlopeMv: 15, // (Borst & Sakmann 1998)
  caQ10: 3, // dimensionless: temperature factor per 10 °C from 24 to 37 °C (model choice)
  caReferenceTempC: 24, // dimensionless: °C of the Borst & Sakmann 1998 rates
  temperatureC: 37, // dimensionless: °C of the model (model choice: the conditions of docs/model.md)
  terminalECaMv: 43.9, // apparent reversal of the Ca2+ current (Borst & Sakmann 1998)
  caEntryWindowMs: 1.5, // numerics: Ca2+ entry of one AP is counted this long from its drive's start (> 99.99 %, also under 4-AP)
  terminalRecoveryEverySubsteps: 4, // count (numerics): after that window the terminal steps every 4 substeps
  terminalSpikeDetectMv: 0, // model choice: a terminal AP is counted when the terminal overshoots 0 mV
  terminalSpikeRearmMv: -40, // model choice
  // A compartment without inputs sleeps (is not stepped) once every gate is this close to its resting value (and V
  // within 10× as many mV); it is then set exactly to rest, so an impulse reaching a terminal at rest gives exactly
  // the control Ca2+ entry. The terminal is within 1e-3 of rest ≈ 7 ms after an AP (so every impulse of a train
  // up to ≈ 140 Hz starts from rest); closer to rest its Ca2+ entry differs by < 1e-4.
  terminalRestTolerance: 1e-3, // numerics: fraction (gates); ×10 mV for V
  somaRestTolerance: 1e-4, // numerics: fraction (gates), µM ÷ 10 for the Ca2+ pool; ×10 mV for V
} as const;
