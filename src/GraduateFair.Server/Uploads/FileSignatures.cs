using GraduateFair.Storage;

namespace GraduateFair.Server.Uploads;

/// <summary>
/// Tells a file's type from its first bytes (its "magic number"), never from its name or the
/// content type a client declared: those are whatever the client says.
/// </summary>
public static class FileSignatures
{
    private static ReadOnlySpan<byte> Pdf => "%PDF-"u8;

    private static ReadOnlySpan<byte> Png => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private static ReadOnlySpan<byte> Jpeg => [0xFF, 0xD8, 0xFF];

    /// <summary>The content type the bytes begin like (PDF, PNG or JPEG), or null for anything else.</summary>
    public static string? Detect(ReadOnlySpan<byte> content) =>
        content.StartsWith(Pdf) ? BlobContentTypes.Pdf
        : content.StartsWith(Png) ? BlobContentTypes.Png
        : content.StartsWith(Jpeg) ? BlobContentTypes.Jpeg
        : null;
}
