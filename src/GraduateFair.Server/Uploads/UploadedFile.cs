using GraduateFair.Server.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GraduateFair.Server.Uploads;

/// <summary>A file read from a multipart form, with the content type its first bytes show.</summary>
public sealed record UploadedFile(byte[] Content, string ContentType, string FileName)
{
    private const int MaxFileNameLength = 200;

    /// <summary>The 400 to answer when the form has no file.</summary>
    public static ValidationProblem Missing() => TypedResults.ValidationProblem(new Dictionary<string, string[]>
    {
        [UploadRules.FileField] = [$"Send the file as multipart/form-data in the form field '{UploadRules.FileField}'."],
    });

    /// <summary>
    /// Reads <paramref name="file"/> whole when it is at most <paramref name="maxBytes"/> and its
    /// first bytes are one of <paramref name="allowedTypes"/>; otherwise the 413 or 415 to answer.
    /// </summary>
    public static async Task<(UploadedFile? File, ProblemHttpResult? Refusal)> ReadAsync(
        IFormFile file, long maxBytes, IReadOnlyCollection<string> allowedTypes, string fallbackName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(allowedTypes);
        if (file.Length > maxBytes)
        {
            return (null, Problems.TooLarge($"The file is {file.Length} bytes; at most {maxBytes} bytes ({maxBytes / (1024 * 1024)} MB) are accepted."));
        }

        var content = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
        {
            await stream.ReadExactlyAsync(content, cancellationToken);
        }

        var contentType = FileSignatures.Detect(content);
        if (contentType is null || !allowedTypes.Contains(contentType))
        {
            return (null, Problems.UnsupportedMediaType(
                $"The file's content is not {Describe(allowedTypes)}: the type is decided by the file's first bytes, not by its name or declared type."));
        }

        return (new UploadedFile(content, contentType, CleanName(file.FileName, fallbackName)), null);
    }

    /// <summary>The client's file name without folders or control characters, for downloads only.</summary>
    private static string CleanName(string? fileName, string fallback)
    {
        var name = Path.GetFileName((fileName ?? string.Empty).Replace('\\', '/'));
        name = new string([.. name.Where(c => !char.IsControl(c))]).Trim();
        if (name.Length > MaxFileNameLength)
        {
            name = name[^MaxFileNameLength..];
        }

        return name.Length == 0 ? fallback : name;
    }

    private static string Describe(IReadOnlyCollection<string> types) =>
        string.Join(" or ", types.Select(t => t switch
        {
            Storage.BlobContentTypes.Pdf => "PDF",
            Storage.BlobContentTypes.Png => "PNG",
            Storage.BlobContentTypes.Jpeg => "JPEG",
            _ => t,
        }));
}
