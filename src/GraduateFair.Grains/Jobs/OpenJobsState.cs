namespace GraduateFair.Grains.Jobs;

public sealed class OpenJobsState
{
    public Dictionary<string, OpenJobEntry> Jobs { get; set; } = new(StringComparer.Ordinal);

    public HashSet<string> ClosedFairs { get; set; } = new(StringComparer.Ordinal);
}
