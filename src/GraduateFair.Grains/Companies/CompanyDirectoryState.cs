namespace GraduateFair.Grains.Companies;

public sealed class CompanyDirectoryState
{
    public Dictionary<string, CompanySummary> Companies { get; set; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> ByCreditCode { get; set; } = new(StringComparer.Ordinal);
}
