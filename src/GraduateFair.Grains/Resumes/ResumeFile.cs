namespace GraduateFair.Grains.Resumes;

/// <summary>A graduate's resume as stored: the PDF is the blob <paramref name="BlobName"/>, written before this record.</summary>
/// <param name="ResumeId">A fresh id per upload; also the resume's version (HTTP ETag).</param>
/// <param name="FileName">The uploaded file's name, for downloads only (never trusted for its type).</param>
public sealed record ResumeFile(string ResumeId, string BlobName, string FileName, long Length, DateTimeOffset UploadedAt);
