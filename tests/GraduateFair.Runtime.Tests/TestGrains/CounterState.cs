namespace GraduateFair.Runtime.Tests.TestGrains;

public sealed class CounterState
{
    public long Total { get; set; }

    public int Events { get; set; }

    public int TimerTicks { get; set; }
}
