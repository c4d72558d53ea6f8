using System.Globalization;
using System.Text;

namespace GraduateFair.Storage.AzureBlob;

/// <summary>
/// A read-only service SAS for one blob ("Create a service SAS", signed with the account key,
/// string-to-sign of version 2020-12-06 and later).
/// </summary>
internal static class ServiceSas
{
    public static string BuildReadQuery(
        AzureStorageConnection connection,
        string container,
        string blobName,
        DateTimeOffset startsOn,
        DateTimeOffset expiresOn,
        string? contentDisposition,
        string version)
    {
        const string Permissions = "r";
        const string Resource = "b";
        var start = FormatTime(startsOn);
        var expiry = FormatTime(expiresOn);
        // An http endpoint (Azurite) needs http allowed; a real https endpoint allows https only.
        var protocol = connection.BlobEndpoint.Scheme == Uri.UriSchemeHttps ? "https" : "https,http";
        var canonicalizedResource = $"/blob/{connection.AccountName}/{container}/{blobName}";

        string[] fields =
        [
            Permissions,
            start,
            expiry,
            canonicalizedResource,
            string.Empty, // signedIdentifier: no stored access policy
            string.Empty, // signedIP
            protocol,
            version,
            Resource,
            string.Empty, // signedSnapshotTime
            string.Empty, // signedEncryptionScope
            string.Empty, // rscc
            contentDisposition ?? string.Empty, // rscd
            string.Empty, // rsce
            string.Empty, // rscl
            string.Empty, // rsct
        ];
        var signature = SharedKeySigner.ComputeSignature(string.Join('\n', fields), connection.AccountKey);

        var query = new StringBuilder();
        Append(query, "sv", version);
        Append(query, "st", start);
        Append(query, "se", expiry);
        Append(query, "sr", Resource);
        Append(query, "sp", Permissions);
        Append(query, "spr", protocol);
        if (contentDisposition is not null)
        {
            Append(query, "rscd", contentDisposition);
        }

        Append(query, "sig", signature);
        return query.ToString();
    }

    /// <summary>
    /// <c>attachment</c> with an ASCII fallback <c>filename</c> and the exact UTF-8 <c>filename*</c> (RFC 6266).
    /// </summary>
    public static string AttachmentDisposition(string fileName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        var fallback = new StringBuilder(fileName.Length);
        foreach (var c in fileName)
        {
            fallback.Append(c is >= ' ' and < (char)0x7F and not ('"' or '\\') ? c : '_');
        }

        return $"attachment; filename=\"{fallback}\"; filename*=UTF-8''{Uri.EscapeDataString(fileName)}";
    }

    private static string FormatTime(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static void Append(StringBuilder query, string name, string value)
    {
        if (query.Length > 0)
        {
            query.Append('&');
        }

        query.Append(name).Append('=').Append(Uri.EscapeDataString(value));
    }
}
