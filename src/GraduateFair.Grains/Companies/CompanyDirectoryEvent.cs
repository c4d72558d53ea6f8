using System.Text.Json.Serialization;

namespace GraduateFair.Grains.Companies;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(CompanyListed), "listed")]
public abstract record CompanyDirectoryEvent;

public sealed record CompanyListed(CompanySummary Company) : CompanyDirectoryEvent;
