namespace GraduateFair.Runtime.Tests.TestGrains;

public sealed record CounterSnapshot(long Total, int Events, string ActivationId, int TimerTicks);
