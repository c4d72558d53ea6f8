namespace GraduateFair.Grains.Companies;

public sealed record NewCompany(string Name, string CreditCode, string Industry, string City, string CreatedBy);
