using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace GraduateFair.Storage.AzureBlob;

/// <summary>
/// The Blob service's Shared Key authorisation ("Authorize with Shared Key"): an HMAC-SHA256,
/// keyed with the account key, of a string built from the verb, the standard headers, the
/// canonicalized x-ms- headers and the canonicalized resource.
/// </summary>
internal static class SharedKeySigner
{
    private static readonly string[] StandardHeaders =
    [
        "Content-Encoding", "Content-Language", "Content-Length", "Content-MD5", "Content-Type", "Date",
        "If-Modified-Since", "If-Match", "If-None-Match", "If-Unmodified-Since", "Range",
    ];

    /// <summary>Sets <c>x-ms-date</c> and <c>Authorization</c> on a request that is otherwise complete.</summary>
    public static void Sign(HttpRequestMessage request, AzureStorageConnection connection, DateTimeOffset now)
    {
        request.Headers.Remove("x-ms-date");
        request.Headers.TryAddWithoutValidation("x-ms-date", now.UtcDateTime.ToString("r", CultureInfo.InvariantCulture));
        var signature = ComputeSignature(BuildStringToSign(request, connection.AccountName), connection.AccountKey);
        request.Headers.Remove("Authorization");
        request.Headers.TryAddWithoutValidation("Authorization", $"SharedKey {connection.AccountName}:{signature}");
    }

    public static string ComputeSignature(string stringToSign, ReadOnlySpan<byte> accountKey) =>
        Convert.ToBase64String(HMACSHA256.HashData(accountKey, Encoding.UTF8.GetBytes(stringToSign)));

    public static string BuildStringToSign(HttpRequestMessage request, string accountName)
    {
        ArgumentNullException.ThrowIfNull(request.RequestUri);
        var builder = new StringBuilder();
        builder.Append(request.Method.Method.ToUpperInvariant()).Append('\n');
        foreach (var header in StandardHeaders)
        {
            builder.Append(StandardHeaderValue(request, header)).Append('\n');
        }

        AppendCanonicalizedHeaders(builder, request);
        AppendCanonicalizedResource(builder, request.RequestUri, accountName);
        return builder.ToString();
    }

    private static string StandardHeaderValue(HttpRequestMessage request, string name)
    {
        if (name == "Content-Length")
        {
            // Since version 2015-02-21 a zero Content-Length is signed as the empty string.
            var length = request.Content?.Headers.ContentLength;
            return length is null or 0 ? string.Empty : length.Value.ToString(CultureInfo.InvariantCulture);
        }

        if (request.Content is not null && request.Content.Headers.NonValidated.TryGetValues(name, out var contentValues))
        {
            return contentValues.ToString();
        }

        return request.Headers.NonValidated.TryGetValues(name, out var values) ? values.ToString() : string.Empty;
    }

    private static void AppendCanonicalizedHeaders(StringBuilder builder, HttpRequestMessage request)
    {
        var headers = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, values) in request.Headers.NonValidated)
        {
            var lower = name.ToLowerInvariant();
            if (lower.StartsWith("x-ms-", StringComparison.Ordinal))
            {
                headers[lower] = UnfoldWhitespace(values.ToString());
            }
        }

        foreach (var (name, value) in headers)
        {
            builder.Append(name).Append(':').Append(value).Append('\n');
        }
    }

    private static void AppendCanonicalizedResource(StringBuilder builder, Uri uri, string accountName)
    {
        // "/" + account + the encoded path; for path-style endpoints (Azurite) the path itself
        // starts with the account again, e.g. /devstoreaccount1/devstoreaccount1/container/blob.
        builder.Append('/').Append(accountName).Append(uri.AbsolutePath);

        var query = uri.Query.TrimStart('?');
        if (query.Length == 0)
        {
            return;
        }

        var parameters = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]).ToLowerInvariant();
            var value = equals < 0 ? string.Empty : Uri.UnescapeDataString(pair[(equals + 1)..]);
            if (!parameters.TryGetValue(name, out var list))
            {
                parameters[name] = list = [];
            }

            list.Add(value);
        }

        foreach (var (name, values) in parameters)
        {
            values.Sort(StringComparer.Ordinal);
            builder.Append('\n').Append(name).Append(':').AppendJoin(',', values);
        }
    }

    private static string UnfoldWhitespace(string value)
    {
        var builder = new StringBuilder(value.Length);
        var pendingSpace = false;
        foreach (var c in value.Trim())
        {
            if (c is ' ' or '\t' or '\r' or '\n')
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
