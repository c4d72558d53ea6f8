namespace GraduateFair.Storage.AzureBlob;

/// <summary>
/// What a standard Azure Storage connection string says about the Blob service: the account,
/// its Shared Key and the Blob endpoint. <see cref="ToString"/> never shows the key.
/// </summary>
/// <remarks>
/// Accepted forms: <c>UseDevelopmentStorage=true</c> (Azurite's well-known account at
/// http://127.0.0.1:10000/devstoreaccount1); <c>AccountName=…;AccountKey=…</c> with optional
/// <c>DefaultEndpointsProtocol</c> (default https) and <c>EndpointSuffix</c> (default
/// core.windows.net); and any of those with an explicit <c>BlobEndpoint=</c>, which may be
/// path-style (<c>http://127.0.0.1:10000/devstoreaccount1</c>). A SAS-only connection string is
/// rejected: the store signs its requests and read links with the account key.
/// </remarks>
public sealed class AzureStorageConnection
{
    /// <summary>Azurite's (and the old storage emulator's) documented development account.</summary>
    public const string DevelopmentAccountName = "devstoreaccount1";

    internal const string DevelopmentAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly Uri DevelopmentBlobEndpoint = new("http://127.0.0.1:10000/devstoreaccount1");

    private static readonly HashSet<string> BlobKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "AccountName", "AccountKey", "BlobEndpoint", "DefaultEndpointsProtocol", "EndpointSuffix",
    };

    // Settings of the other storage services: valid in a connection string, not needed here.
    private static readonly HashSet<string> IgnoredKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "QueueEndpoint", "TableEndpoint", "FileEndpoint",
        "BlobSecondaryEndpoint", "QueueSecondaryEndpoint", "TableSecondaryEndpoint", "FileSecondaryEndpoint",
    };

    private readonly byte[] _accountKey;

    private AzureStorageConnection(string accountName, byte[] accountKey, Uri blobEndpoint)
    {
        AccountName = accountName;
        _accountKey = accountKey;
        BlobEndpoint = blobEndpoint;
    }

    public string AccountName { get; }

    /// <summary>The Blob service endpoint without a trailing slash; containers are its children.</summary>
    public Uri BlobEndpoint { get; }

    internal ReadOnlySpan<byte> AccountKey => _accountKey;

    /// <summary>The development account at Azurite's default address.</summary>
    public static AzureStorageConnection Development { get; } =
        new(DevelopmentAccountName, Convert.FromBase64String(DevelopmentAccountKey), DevelopmentBlobEndpoint);

    /// <summary>Parses a connection string; throws <see cref="FormatException"/> naming what is wrong (never the key).</summary>
    public static AzureStorageConnection Parse(string connectionString)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        var settings = ReadSettings(connectionString);

        if (settings.Remove("UseDevelopmentStorage", out var useDevelopment))
        {
            return ParseDevelopment(useDevelopment, settings);
        }

        if (settings.ContainsKey("SharedAccessSignature"))
        {
            throw new FormatException("Storage connection strings with SharedAccessSignature are not supported: the Azure Blob store needs AccountName and AccountKey.");
        }

        var accountName = Require(settings, "AccountName");
        if (!IsValidAccountName(accountName))
        {
            throw new FormatException($"Storage connection string: AccountName '{accountName}' is not a storage account name (3-24 lowercase letters and digits).");
        }

        var accountKey = ParseKey(Require(settings, "AccountKey"));
        var blobEndpoint = settings.TryGetValue("BlobEndpoint", out var explicitEndpoint)
            ? ParseEndpoint(explicitEndpoint)
            : DefaultEndpoint(accountName, settings);

        foreach (var key in settings.Keys)
        {
            if (!BlobKeys.Contains(key) && !IgnoredKeys.Contains(key))
            {
                throw new FormatException($"Storage connection string: unknown setting {Display(key)}.");
            }
        }

        return new AzureStorageConnection(accountName, accountKey, blobEndpoint);
    }

    public override string ToString() => $"AccountName={AccountName};BlobEndpoint={BlobEndpoint}";

    private static AzureStorageConnection ParseDevelopment(string useDevelopment, Dictionary<string, string> others)
    {
        if (!string.Equals(useDevelopment, "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new FormatException($"Storage connection string: UseDevelopmentStorage must be 'true' (was '{useDevelopment}').");
        }

        if (others.Count > 0)
        {
            throw new FormatException($"Storage connection string: UseDevelopmentStorage=true cannot be combined with {Display(others.Keys.First())}; use the explicit form with BlobEndpoint= instead.");
        }

        return Development;
    }

    private static Dictionary<string, string> ReadSettings(string connectionString)
    {
        var settings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var parts = connectionString.Split(';');
        for (var index = 0; index < parts.Length; index++)
        {
            var part = parts[index].Trim();
            if (part.Length == 0)
            {
                continue;
            }

            var equals = part.IndexOf('=', StringComparison.Ordinal);
            var key = equals <= 0 ? string.Empty : part[..equals].Trim();
            if (key.Length == 0 || !key.All(char.IsAsciiLetter))
            {
                throw new FormatException($"Storage connection string: segment {index + 1} is not a Name=Value setting.");
            }

            var value = part[(equals + 1)..].Trim();
            if (value.Length == 0)
            {
                throw new FormatException($"Storage connection string: setting {Display(key)} is empty.");
            }

            if (!settings.TryAdd(key, value))
            {
                throw new FormatException($"Storage connection string: setting {Display(key)} appears more than once.");
            }
        }

        if (settings.Count == 0)
        {
            throw new FormatException("Storage connection string is empty.");
        }

        return settings;
    }

    private static string Require(Dictionary<string, string> settings, string key) =>
        settings.TryGetValue(key, out var value)
            ? value
            : throw new FormatException($"Storage connection string: '{key}' is missing (or use UseDevelopmentStorage=true).");

    private static byte[] ParseKey(string value)
    {
        var buffer = new byte[value.Length];
        if (!Convert.TryFromBase64String(value, buffer, out var written) || written == 0)
        {
            throw new FormatException("Storage connection string: AccountKey is not valid base64.");
        }

        return buffer[..written];
    }

    private static Uri ParseEndpoint(string value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new FormatException($"Storage connection string: BlobEndpoint '{value}' is not an absolute http or https URL.");
        }

        if (!string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            throw new FormatException($"Storage connection string: BlobEndpoint '{value}' must not have a query or fragment.");
        }

        var text = uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
        return new Uri(text, UriKind.Absolute);
    }

    private static Uri DefaultEndpoint(string accountName, Dictionary<string, string> settings)
    {
        var protocol = settings.TryGetValue("DefaultEndpointsProtocol", out var p) ? p.ToLowerInvariant() : "https";
        if (protocol is not ("http" or "https"))
        {
            throw new FormatException($"Storage connection string: DefaultEndpointsProtocol must be 'http' or 'https' (was '{p}').");
        }

        var suffix = settings.TryGetValue("EndpointSuffix", out var s) ? s.Trim('.') : "core.windows.net";
        if (!Uri.TryCreate($"{protocol}://{accountName}.blob.{suffix}", UriKind.Absolute, out var uri) || uri.AbsolutePath != "/")
        {
            throw new FormatException($"Storage connection string: EndpointSuffix '{s}' does not form a host name.");
        }

        return ParseEndpoint(uri.ToString());
    }

    /// <summary>A setting's name, quoted, unless it does not look like a name (a pasted key, say): never echo secrets.</summary>
    private static string Display(string key) =>
        key.Length <= 40 && key.All(char.IsAsciiLetter) ? $"'{key}'" : "(a name that is not a setting name)";

    private static bool IsValidAccountName(string name) =>
        name.Length is >= 3 and <= 24 && name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9'));
}
