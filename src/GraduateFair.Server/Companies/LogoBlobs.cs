using GraduateFair.Storage;

namespace GraduateFair.Server.Companies;

/// <summary>Where logos live in blob storage: <c>logos/{companyId}/{logoId}.png|.jpg</c>, one blob per upload.</summary>
public static class LogoBlobs
{
    public static string Folder(string companyId) => $"logos/{BlobName.EscapeSegment(companyId)}/";

    public static string Name(string companyId, string logoId, string contentType) =>
        $"{Folder(companyId)}{BlobName.EscapeSegment(logoId)}{(contentType == BlobContentTypes.Png ? ".png" : ".jpg")}";
}
