namespace GraduateFair.Grains.Booths;

public sealed record BoothInfo(
    string BoothId,
    string FairId,
    string CompanyId,
    string CompanyName,
    string Title,
    string? Description,
    IReadOnlyList<JobInfo> Jobs,
    DateTimeOffset CreatedAt);
