namespace GraduateFair.Grains.Fairs;

public sealed record FairBooth(string BoothId, string CompanyId, string CompanyName, string Title);
