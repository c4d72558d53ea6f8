using GraduateFair.Storage;

namespace GraduateFair.Server.Resumes;

/// <summary>Where resumes live in blob storage: <c>resumes/{graduateId}/{resumeId}.pdf</c>, one blob per upload.</summary>
public static class ResumeBlobs
{
    public static string Folder(string graduateId) => $"resumes/{BlobName.EscapeSegment(graduateId)}/";

    public static string Name(string graduateId, string resumeId) => $"{Folder(graduateId)}{BlobName.EscapeSegment(resumeId)}.pdf";
}
