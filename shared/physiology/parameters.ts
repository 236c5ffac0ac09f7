// The one parameter table of the engine: every constant with its unit (in the name or comment) and source.
// Sources are short citations ("Author Year", "Author & Author Year", "Author et al. Year"): each one resolves to
// a full reference in docs/physiology-sources.md, which also gives every value's published range and says which
// values are measurements and which are calibrations of this model. "tuned" / "calibrated" = set here, within the
// published range, to reach a stated target; "model choice" = no published value, the reason is given in
// docs/physiology-sources.md; "numerics" = a numerical setting. test/shared/physiology/sources.test.ts checks this.

export const PARAMS = {
  // --- numerics (model choice; convergence tested) ---
  substepMs: 0.02, // fixed internal step; halving it changes AP peak and twitch force by < 3 % (convergence tested)
  slowEverySubsteps: 2, // count: ECC and presynaptic kinetics step every 2nd substep (40 µs): rates ≤ 12/ms (tested)
  receptorSubdivisions: 2, // count: minimum receptor-kinetics sub-steps per substep (RK2; more when rates are faster)
  slowUpdateMs: 0.5, // refresh interval of concentration-dependent terms (ion bookkeeping is slow)
  settleMs: 150, // quiet pre-run at creation so gates and buffers sit at their resting values

  // --- physical constants (37 °C = 310.15 K; R and F from CODATA, Tiesinga et al. 2021) ---
  rtfMv: 26.7, // RT/F at 310.15 K (26.73 mV from Tiesinga et al. 2021)
  faradayCPerMol: 96485,
  capacitanceUFPerCm2: 1, // specific capacitance of a lipid membrane, as in Hodgkin & Huxley 1952 (model choice)
  fibreVolumePerAreaCm: 1.25e-3, // radius/2 of a 25 µm-radius fibre, for ion bookkeeping (model choice)
  // Calibrated: the background conductances (Na+ leak, Kir, Cl−) and the pump are set by the end-plate
  // calibration (≈ 3.7 mS/cm² at rest, about ten times a fibre's measured specific conductance), so their resting
  // Na+ influx, 134 pmol/cm²/s, is ≈ 13× too large. The fibre's membrane (the propagated compartment) books them
  // scaled to ≈ 10 pmol/cm²/s: 3.5 pmol/cm²/s in frog fibres at ≈ 20 °C (Hodgkin & Horowicz 1959 J Physiol
  // 145:405), a few times more at 37 °C. An AP's own currents (C·ΔV per cm²) are booked unscaled.
  backgroundFluxScale: 0.075, // dimensionless (calibrated)
  // The end plate's own currents (the end-plate current, and what its local depolarisation drives) flow there
  // alone but into the whole fibre: a 25 µm-radius fibre 1 cm long (model choice; rodent limb fibres are
  // millimetres to a few centimetres long), so the end plate's share of the fibre volume is ≈ 5 %.
  fibreLengthCm: 1,

  // --- ion concentrations, mM (Juel 1986; Sjøgaard 1983; Senneff & Lowery 2021) ---
  naInMM: 12,
  naOutMM: 145,
  kInMM: 155,
  kOutMM: 4.5,
  clOutMM: 120, // Cl−in is set at creation by passive distribution at rest (McCaig & Leader 1984)
  caOutMM: 2.0, // Ringer-like bath (model choice: between plasma free and total Ca2+)
  mgOutMM: 1.0, // bath Mg2+ (model choice; plasma 0.75 mM in Sjøgaard 1983)
  // Bath osmolarity, mOsm/l, which the cytoplasm matches (model choice: mammalian plasma and Ringer's solutions
  // are ≈ 285–300 mOsm/kg). Sets the fibre's volume (ions.equilibrateVolume); changes of [K+]o by a few mM
  // are taken as isosmotic replacement of Na+ (as in hyperkalaemic Ringer's).
  osmolarityMOsm: 290,

  // --- voltage-gated Na+ (Nav1.4), Cannon et al. 1993 / Wallinga et al. 1999 rate forms; g and q factors tuned ---
  // Peak conductance, the top of the range measured in rat fibres by loose patch, 100–250 mS/cm² (Almers, Roberts
  // & Ruff 1984 J Physiol 347:751). With inactivation at its measured midpoint ≈ 85 % (h·s) is available at rest.
  gNaMsPerCm2: 250,
  qM: 0.52, // dimensionless rate factor (tuned)
  qH: 1.84, // dimensionless rate factor (tuned)
  alphaMPerMs: 0.288, // α_m = qM·0.288(V+46)/(1−e^(−(V+46)/10))
  alphaMVHalfMv: 46,
  alphaMSlopeMv: 10,
  betaMPerMs: 1.38, // β_m = qM·1.38·e^(−(V+46)/18)
  betaMSlopeMv: 18,
  // V_h = V + hShift. −5 puts the steady-state fast-inactivation midpoint at −75 mV (slope 5.7 mV): measured in
  // mammalian fibres near −70 to −78 mV (rat soleus, 20 ms prepulses: 50 % at ≈ −70 mV, Ruff, Simoncini & Stühmer
  // 1987 J Physiol 383:339); so ≈ 91 % of Na+ channels are available at rest (was +2.3: midpoint −82 mV, 74 %).
  hShiftMv: -5,
  alphaHPerMs: 0.0081, // α_h = qH·0.0081·e^(−(V_h+45)/14.7)
  alphaHVHalfMv: 45,
  alphaHSlopeMv: 14.7,
  betaHPerMs: 4.38, // β_h = qH·4.38/(1+e^(−(V_h+45)/9))
  betaHSlopeMv: 9,

  // Slow inactivation of Nav1.4 (seconds), s∞ = 1/(1+e^((V−V½)/k)), measured in rat fibres (Ruff, Simoncini &
  // Stühmer 1987 J Physiol 383:339: 50 % at ≈ −86 mV in soleus at 18 °C; Simoncini & Stühmer 1987 J Physiol
  // 383:327, fast-twitch) and frog (development τ ≈ 0.6 s, Collins, Rojas & Suarez-Isla 1982 J Physiol 324:297).
  // It removes the steady window current m∞³h∞ of a depolarised fibre; without it (or with it defective, as in
  // periodic paralysis: Hayward, Sandoval & Cannon 1999 Neurology 52:1447) the fibre would have a second, depolarised
  // steady state near −50 mV. V½ −70 mV, k 7 mV (93 % available at −88 mV): a model choice, more depolarised than
  // the −86 mV measured in rat soleus at 18 °C, which would leave 53 % available at rest (docs/model.md).
  slowInactVHalfMv: -70,
  slowInactSlopeMv: 7,
  slowInactTauMs: 600,

  // --- delayed-rectifier K+, Cannon et al. 1993 / Wallinga et al. 1999 rate forms; g and q factor tuned ---
  gKMsPerCm2: 110,
  qN: 0.94, // dimensionless rate factor (tuned)
  alphaNPerMs: 0.0131, // α_n = qN·0.0131(V+40)/(1−e^(−(V+40)/7))
  alphaNVHalfMv: 40,
  alphaNSlopeMv: 7,
  betaNPerMs: 0.067, // β_n = qN·0.067·e^(−(V+40)/40)
  betaNSlopeMv: 40,

  // --- inward rectifier K+ (Kir2.1), Wallinga et al. 1999 form and constants (σ 0.4, K_K 950 mM², S_i 10 mM) ---
  gKirMsPerCm2: 6.3,
  kirDelta: 0.4, // dimensionless: fraction of the field felt by the K+ binding site
  kirKkMM2: 950,
  kirSiMM: 10,
  // Calibration that stands: sets the resting Kir conductance (≈ 1.3 mS/cm² at −88 mV) and with it the rest
  // (−88 mV; Juel 1986 Pflügers Arch 406:458). It no longer has to hold 8 mM K+o polarised: the block now moves
  // with E_K (gates.kirVoltageFactor) and slow Na+ inactivation removes the window current.
  kirKsMM2: 8,

  // --- Cl− (ClC-1; gating of Wallinga et al. 1999; Palade & Barchi 1977) and Na+ background (tuned) ---
  gClMsPerCm2: 7.6, // tuned; Cl− carries ≈ 85 % of the resting conductance of rat fibres (Palade & Barchi 1977)
  clGateVHalfMv: 70, // A(V) = 1/(1+e^((V−70)/150)), Wallinga et al. 1999
  clGateSlopeMv: 150,
  gNaLeakMsPerCm2: 0.083, // tuned: Na+ background leak, exactly balanced by the pump at rest (replaces g_L·V)

  // --- Na+/K+-ATPase, Cannon et al. 1993 form; 3 Na+ out, 2 K+ in per ATP (Nielsen & Clausen 1997) ---
  pumpMaxUAPerCm2: 24, // tuned: with the Na+ leak above, rest ≈ −88 mV and Na+ in = Na+ out at rest (≈ 4 µA/cm²)
  pumpKmKMM: 1,
  pumpKmNaMM: 13,
  pumpNaPerCycle: 3, // count: Na+ out per cycle
  pumpKPerCycle: 2, // count: K+ in per cycle
  pumpVoltA: 0.12, // dimensionless: f(V) = 1/(1 + 0.12·e^(−0.1·VF/RT) + 0.04·σ·e^(−VF/RT)), Luo & Rudy 1994
  pumpVoltB: 0.1, // dimensionless
  pumpVoltC: 0.04, // dimensionless (Luo & Rudy 1994 give 0.1245 and 0.0365)
  pumpSigmaNaMM: 67.3, // σ = (e^(Na_o/67.3) − 1)/7
  pumpSigmaDivisor: 7, // dimensionless

  // --- propagated compartment: sarcolemma and t-tubules away from the end plate (drives ECC) ---
  // Axial coupling g_c (mS/cm² of propagated membrane), end plate → propagated compartment. Two-compartment
  // cable: g_c = a/(2·R_i·L²) for a patch at distance L. With a = 25 µm (as fibreVolumePerAreaCm) and
  // R_i ≈ 100–125 Ω·cm (myoplasm at 37 °C; frog ≈ 170 Ω·cm at 20 °C, Hodgkin & Nakajima 1972 J Physiol
  // 221:105, Q10 ≈ 1.4), 2 mS/cm² ⇔ L ≈ 0.7–0.8 mm ≈ 1.4 length constants of this model's leaky membrane
  // (g_m ≈ 3.7 mS/cm², λ = √(a/(2R_i·g_m)) ≈ 0.5 mm; the EPP decays over ≈ 1–2 mm in frog, Fatt & Katz 1951
  // J Physiol 115:320). Steady attenuation g_c/(g_c+g_m) ≈ 0.35. Chosen within that range so that every control
  // end-plate AP propagates up to 100 Hz (single APs still propagate at 1.2) while a large EPP without an AP
  // (TTX) releases almost no Ca2+; it is not set by any hyperkalaemia outcome. One-way: see membrane.propagatedStep.
  couplingMsPerCm2: 2,

  // --- presynaptic terminal: Ca2+ entry and quantal release (Dodge & Rahamimoff 1967; pool, facilitation and
  // refill are model choices, see docs/physiology-sources.md) ---
  nerveConductionDelayMs: 0.5, // stimulation site → terminal (a few cm of motor axon at ≈ 50 m/s; Hursh 1939)
  synapticDelayMs: 0.3, // terminal AP → transmitter release at 37 °C (Katz & Miledi 1965, warmed)
  nerveRefractoryMs: 1.0, // absolute refractory period of the motor axon (model choice)
  caChannelTauMs: 0.3, // decay of the presynaptic Ca2+ channel open fraction (display only; model choice)
  kCaMM: 1, // x = f·Ca_o/(Ca_o + K_Ca(1 + Mg_o/K_Mg))
  kMgMM: 4,
  releaseCooperativity: 4, // dimensionless exponent: p ∝ x^4 (Dodge & Rahamimoff 1967)
  releaseP0: 0.09, // dimensionless: release probability per RRP vesicle at reference Ca/Mg; tuned → m ≈ 50–54
  rrpVesicles: 600, // count: readily releasable pool (model choice; ≈ 1,700 in mouse at 100 Hz, Ruiz et al. 2011)
  facilFastGain: 0.07, // dimensionless: r1 += 0.07x per impulse, τ 35 ms
  facilFastTauMs: 35,
  facilSlowGain: 0.03, // dimensionless: r2 += 0.03x per impulse, τ 160 ms
  facilSlowTauMs: 160,
  // Slower components of enhancement (Magleby & Zengel 1982 J Gen Physiol 80:613; Zucker 1989 Annu Rev Neurosci
  // 12:13), as further residual Ca2+ in the same 4th-power signal: augmentation (τ ≈ 7 s at the frog junction,
  // Magleby & Zengel 1976 J Physiol 257:449) and potentiation (τ tens of seconds to minutes). Once depression has
  // recovered after a tetanus they give post-tetanic potentiation (Magleby 1973 J Physiol 234:353).
  augmentationGain: 0.002, // dimensionless, per impulse (calibrated, with potentiationGain: 100 impulses at 50 Hz
  // raise release ≈ 1.3–1.5× 5 s later, decaying over ≈ 1 min, the order of PTP at the rat junction, Liley &
  // North 1953 J Neurophysiol 16:509; Magleby & Zengel's frog increments are of this size)
  augmentationTauMs: 7000,
  potentiationGain: 0.0002, // dimensionless, per impulse (calibrated, see augmentationGain)
  potentiationTauMs: 60000,
  refillBasalPerMs: 1 / 1500, // dRRP/dt = (RRP0 − RRP)(1/1500 + (r1+r2)/(x_ref·200))
  // Share of the resting mobilisation (refillBasalPerMs) that also needs the terminal's nicotinic autoreceptors
  // (Bowman 1980; α3β2: Jonsson et al. 2006 Anesthesiology 104:724), as the Ca2+-dependent part does. In curarised
  // rat diaphragm one impulse leaves a depression of release that recovers with τ ≈ 3 s, where uncurarised junctions
  // show facilitation and no such depression (Glavinović 1979 J Physiol 290:499): with the model's 1.5 s refill
  // without curare, half of it needs the autoreceptors (τ 1.5 s / (1 − 0.5) = 3 s fully blocked). So a 2 Hz train
  // of four runs release down more under curare (its TOF fades presynaptically too), not under succinylcholine.
  refillAutoreceptorShare: 0.5, // dimensionless (calibrated to Glavinović 1979's τ, see above)
  refillCaPerMs: 1 / 100, // starting value 1/200; doubled so control transmission holds at 50 Hz (tuned)
  meppRatePerMs: 0.001, // ≈ 1 Hz spontaneous quanta in the control bath (Fatt & Katz 1952; Purves et al. 2001)
  // Spontaneous release follows the terminal's resting Ca2+ supply (release.spontaneousRatePerMs): raised K+o
  // depolarises the terminal and raises MEPP frequency steeply (Liley 1956 J Physiol 134:427), [Ca2+]o raises it
  // and Mg2+ lowers it (Hubbard 1961 J Physiol 159:507). The terminal rests at the constant-field potential for
  // K+ and Na+ (Hodgkin & Katz 1949 J Physiol 108:37) with the fibre's cytoplasmic K+ and Na+ (model choice):
  terminalPNaPK: 0.04, // dimensionless P_Na/P_K at rest (squid axon, Hodgkin & Katz 1949) → −72.5 mV at 4.5 mM K+o
  // Its CaV2.1 channels' steady activation s∞ = 1/(1+e^(−(V+10)/6)), open fraction s∞² (Borst & Sakmann 1998
  // J Physiol 506:143, calyx of Held): the few channels open at rest make the voltage-dependent Ca2+ supply.
  terminalCaVHalfMv: -10, // (Borst & Sakmann 1998)
  terminalCaSlopeMv: 6,
  // Calibration: the share of the control MEPP rate carried by that channel supply (the rest is Ca2+ entry by
  // other routes, which competes with Mg2+ in the same way). 0.017 gives ≈ 10× control at 15 mM K+o and ≈ 60×
  // at 20 mM, the order of the steep rise Liley 1956 reported (not fitted point by point).
  meppChannelShare: 0.017, // fraction of the control rate (calibrated, see above)

  // --- cleft: one ACh pulse per footprint, AChE + diffusion (Kuffler & Yoshikami 1975; Froede & Wilson 1985;
  // Katz & Miledi 1973; footprint concentrations and rates are model choices) ---
  achPeakUM: 500, // ACh in a quantum's footprint at release
  achDeliveryTauMs: 0.15, // ACh arrives over ≈ 0.1–0.3 ms (fusion pore, release asynchrony): EPC rise
  achMoleculesPerQuantum: 7000, // count: ≤ ≈ 10,000 per quantum (Kuffler & Yoshikami 1975): sets receptor buffering
  aChEPerMs: 10, // hydrolysis; ACh gone within ≈ 1 ms (k_E)
  achDiffusionPerMs: 0.3, // escape from the footprint (k_diff, model choice)
  pulseEndUM: 1e-3, // a footprint is retired when ACh and open channels are negligible
  pulseEndOpenFraction: 1e-4, // fraction of receptors (≈ 10 channels for a 50-quantum pulse: far below one MEPP)

  // --- nicotinic receptors R ⇌ AR ⇌ A2R ⇌ A2R* (Dilger & Brett 1990; Matthews-Bellinger & Salpeter 1983;
  // rate constants tuned, see docs/physiology-sources.md) ---
  receptorsPerFootprint: 2500, // count (model choice: ≈ 0.3 µm² at ≈ 9,000 per µm²)
  receptorsPerEndplate: 4e7, // count (Fambrough & Hartzell 1972)
  kOnPerUMPerMs: 0.05,
  kOffPerMs: 10, // starting value 8; 10 gives the control EPC τ ≈ 1.1 ms (tuned)
  betaOpenPerMs: 60, // A2R → A2R*
  alphaClosePerMs: 4, // A2R* → A2R
  channelConductancePS: 60, // adult ε-AChR ≈ 60 pS, fetal γ-AChR ≈ 40 pS (Mishina et al. 1986)
  eSynMv: -5, // end-plate current reversal near 0 mV (model choice; ≈ −15 mV in frog, Takeuchi & Takeuchi 1960)
  endplateAreaCm2: 0.79e-3, // tuned: effective membrane charged by the end-plate current → MEPP ≈ 0.9 mV

  // --- succinylcholine: non-hydrolysed agonist on the whole end-plate receptor pool (model choice, tuned) ---
  suxParalysingUM: 20, // "dose 1": tuned so the end plate holds near −46 mV (Na+ channels inactivated)
  suxKOnPerUMPerMs: 0.01, // weaker binding than ACh (K_d 200 µM per site), tuned
  suxKOffPerMs: 2,
  suxBetaPerMs: 1, // weak partial agonist: opening rate much slower than ACh's
  suxAlphaPerMs: 4,
  // Desensitisation of end-plate nAChRs by a sustained agonist (Katz & Thesleff 1957 J Physiol 138:63): the
  // desensitised fraction relaxes to c²/(c² + K²) (two agonists bind the desensitised receptor, Feltz &
  // Trautmann 1982 J Physiol 322:257) with onset τ ≈ 13 s (1 mM carbachol, frog; Scubon-Mulieri & Parsons 1977
  // J Gen Physiol 69:431) and recovery τ ≈ 12 s (fast phase, Feltz & Trautmann 1982). Desensitised receptors
  // conduct nothing and are lost to ACh as well: after a long succinylcholine exposure the end plate repolarises
  // while transmission stays blocked (a phase II block: Thesleff 1955 Acta Physiol Scand 34:218).
  // Half-desensitising agonist: carbachol's 2.3 µM (Feltz & Trautmann 1982) taken for succinylcholine (model
  // choice), far below its opening affinity; dose 1 (20 µM) desensitises ≈ 99 % at steady state.
  desensKUM: 2.3,
  desensOnsetTauMs: 13000,
  desensRecoveryTauMs: 12000,

  // --- muscle AP detection and lab stimulator (model choice) ---
  apDetectMv: -20, // an AP is counted when V crosses −20 mV upward (EPPs alone stay below) …
  apMinNaOpen: 0.005, // fraction: … with ≥ 0.005 of Na+ channels open and their conductance ≥ K+ + Cl− (not a driven swing) …
  apRearmMv: -40, // … and the detector re-arms below −40 mV
  propApDetectMv: 0, // a propagated AP is counted when that membrane overshoots 0 mV (re-arms below −40 mV)
  muscleStimUAPerCm2: 150, // default direct current stimulus, ≈ 1.5× threshold (100 µA/cm²) for 0.5 ms
  muscleStimMs: 0.5,
  // Range of the lab's muscle stimulator (model choice): 10× the resting threshold covers the refractoriness
  // experiments; a larger current into this space-clamped compartment would charge it within a fraction of a ms to
  // potentials no real membrane survives (it breaks down above a few hundred mV: Weaver & Chizmadzhev 1996
  // Bioelectrochem Bioenerg 41:135). Up to 100 ms covers strength–duration (rheobase) measurements.
  muscleStimMaxUAPerCm2: 1000,
  muscleStimMaxMs: 100,
  twitchPeakMinForce: 0.005, // force maxima below this (fraction of tetanic) are not reported as twitches

  // --- excitation–contraction coupling, Shorten et al. 2007 type; buffers after Baylor & Hollingworth 2003 ---
  ryrVHalfMv: -20, // RyR/DHPR activation 1/(1+e^(−(V+20)/6)), τ 0.5 ms
  ryrSlopeMv: 6,
  ryrTauMs: 0.5,
  ryrInactTauMs: 3, // Ca-dependent inactivation
  ryrInactKUM: 5, // tuned: half-inactivating myoplasmic Ca2+
  sensorInactVHalfMv: -55, // slow voltage-sensor (DHPR charge) inactivation under sustained depolarisation
  sensorInactSlopeMv: 5, // (Hodgkin & Horowicz 1960 K+ contractures; Brum & Ríos 1987), tuned
  sensorInactTauMs: 300,
  releaseMaxUMPerMs: 250, // J = 250·r·(1−I)·SR/SR0 (starting value); twitch:tetanus 0.24 (ECC read at the propagated AP)
  srTotalUM: 2500, // SR Ca2+ in myoplasmic-equivalent µM
  sercaMaxUMPerMs: 4, // SERCA 4·Ca²/(Ca²+1)
  sercaKmUM: 1,
  caRestUM: 0.05, // resting free Ca2+; SR leak is derived to hold it
  troponinUM: 140,
  troponinOnPerUMPerMs: 0.0885,
  troponinOffPerMs: 0.115,
  parvalbuminUM: 1500,
  pvCaOnPerUMPerMs: 0.0417,
  pvCaOffPerMs: 0.0005,
  pvMgOnPerUMPerMs: 3.3e-5,
  pvMgOffPerMs: 0.003,
  mgInUM: 1000, // free myoplasmic Mg2+
  xbAttachPerMs: 0.2, // dX/dt = 0.2·(TnCa/140)³·(1−X) − 0.1·X
  xbDetachPerMs: 0.1,
  xbHill: 3, // dimensionless Hill exponent (model choice)

  // --- stand-in fibre population for the CMAP (model choice; safety factors after Wood & Slater 2001) ---
  referenceRestMv: -88, // resting potential of the control model fibre (measured), for Na+ availability
  fibreCount: 150, // count
  populationSeedSalt: 0x5eed, // dimensionless bit pattern: the population's random stream is seeded with seed XOR this
  fibreSafetyMedian: 2.6, // dimensionless conductance safety factor of the median fibre ≈ the modelled fibre (tuned)
  fibreSafetyLogSd: 0.3, // dimensionless: SD of ln(safety factor)
  fibreSafetyMin: 1.7, // dimensionless: no healthy fibre transmits with less (it would fail on quantal fluctuation)
  fibreSizeLogSd: 0.2, // dimensionless: SD of ln(size), the spread of end-plate (RRP) size between fibres
  fibreDecisionMs: 3, // a fibre's fate is read this long after release (EPC peak is < 1 ms)

  // --- game controls (model choice) ---
  controlMax: 3, // dimensionless: drives are multipliers in [0, 3]; 1 = the model's own kinetics

  // --- bookkeeping (model choice) ---
  eventCap: 2000, // count: undrained events beyond this are dropped oldest-first
  chainCap: 16, // count: per-impulse debrief records kept
} as const;

export type Params = typeof PARAMS;
