namespace GraduateFair.Grains.Scheduling;

public sealed class SweepLedgerState
{
    public DateTimeOffset? LastRunAt { get; set; }
}
