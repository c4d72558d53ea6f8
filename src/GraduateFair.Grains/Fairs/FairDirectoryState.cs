namespace GraduateFair.Grains.Fairs;

public sealed class FairDirectoryState
{
    public Dictionary<string, FairSummary> Fairs { get; set; } = new(StringComparer.Ordinal);
}
