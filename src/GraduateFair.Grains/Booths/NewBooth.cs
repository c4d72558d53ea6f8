namespace GraduateFair.Grains.Booths;

public sealed record NewBooth(string FairId, string CompanyId, string CompanyName, string Title, string? Description, string CreatedBy);
