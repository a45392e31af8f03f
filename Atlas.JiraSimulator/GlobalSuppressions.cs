using System.Diagnostics.CodeAnalysis;

// The simulator's randomness makes reproducible test data and fault schedules; nothing here is security-relevant.
[assembly: SuppressMessage("Security", "CA5394:Do not use insecure randomness", Justification = "Seeded test data, not security.")]
