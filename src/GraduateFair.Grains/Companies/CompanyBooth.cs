namespace GraduateFair.Grains.Companies;

public sealed record CompanyBooth(string BoothId, string FairId, string Title);
