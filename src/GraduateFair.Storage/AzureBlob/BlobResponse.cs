using System.Net;

namespace GraduateFair.Storage.AzureBlob;

/// <summary>A buffered answer of the Blob service, decoupled from the HTTP response it came in.</summary>
/// <param name="EarlierAttemptUncertain">
/// An earlier attempt of the same request may have been carried out by the service although its
/// answer was lost (timeout, broken connection, 5xx). A condition failure on a later attempt may
/// then be the echo of our own success.
/// </param>
internal sealed record BlobResponse(
    HttpStatusCode Status,
    IReadOnlyDictionary<string, string> Headers,
    byte[] Body,
    bool EarlierAttemptUncertain)
{
    public string? ErrorCode => Header("x-ms-error-code");

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public string Describe() => ErrorCode is { } code ? $"{(int)Status} {code}" : $"{(int)Status} {Status}";
}
