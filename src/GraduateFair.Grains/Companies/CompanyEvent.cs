using System.Text.Json.Serialization;

namespace GraduateFair.Grains.Companies;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(CompanyCreated), "created")]
[JsonDerivedType(typeof(CompanyVerified), "verified")]
[JsonDerivedType(typeof(EmployerAdded), "employer-added")]
[JsonDerivedType(typeof(CompanyBoothAdded), "booth-added")]
[JsonDerivedType(typeof(CompanyLogoSet), "logo-set")]
public abstract record CompanyEvent;

public sealed record CompanyCreated(CompanyInfo Company) : CompanyEvent;

public sealed record CompanyVerified(string OrganiserId, DateTimeOffset At) : CompanyEvent;

public sealed record EmployerAdded(string EmployerId) : CompanyEvent;

public sealed record CompanyBoothAdded(CompanyBooth Booth) : CompanyEvent;

public sealed record CompanyLogoSet(CompanyLogo Logo) : CompanyEvent;
