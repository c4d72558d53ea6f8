using GraduateFair.Grains.Companies;

namespace GraduateFair.Server.Companies;

/// <summary>200 answer of PUT /api/companies/{companyId}/logo.</summary>
public sealed record LogoResponse(string CompanyId, string ContentType, long Length, DateTimeOffset UploadedAt)
{
    public static LogoResponse From(string companyId, CompanyLogo logo) => new(companyId, logo.ContentType, logo.Length, logo.UploadedAt);
}
