namespace GraduateFair.Grains.Tests.Support;

/// <summary>A booth set up for a test, with the company's employers (the first one calls by default).</summary>
internal sealed record TestBooth(string BoothId, string FairId, string CompanyId, string CompanyName, IReadOnlyList<string> Employers)
{
    public string Employer => Employers[0];
}
