namespace GraduateFair.Grains.Companies;

/// <summary>A company's logo as stored: the image is the blob <paramref name="BlobName"/>, written before this record.</summary>
/// <param name="LogoId">A fresh id per upload; also the logo's version (HTTP ETag).</param>
/// <param name="ContentType">image/png or image/jpeg, from the file's first bytes.</param>
public sealed record CompanyLogo(string LogoId, string BlobName, string ContentType, long Length, DateTimeOffset UploadedAt);
