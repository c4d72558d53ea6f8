using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace GraduateFair.Storage.AzureBlob;

/// <summary>Reads the <c>EnumerationResults</c> document of the List Blobs operation.</summary>
internal static class ListBlobsXml
{
    private static readonly XmlReaderSettings ReaderSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
    };

    public static BlobPage Parse(byte[] body)
    {
        XDocument document;
        using (var stream = new MemoryStream(body, writable: false))
        using (var reader = XmlReader.Create(stream, ReaderSettings))
        {
            document = XDocument.Load(reader);
        }

        var root = document.Root ?? throw new InvalidDataException("List Blobs answered an empty document.");
        var items = new List<BlobProperties>();
        foreach (var blob in root.Element("Blobs")?.Elements("Blob") ?? [])
        {
            items.Add(ParseBlob(blob));
        }

        var nextMarker = root.Element("NextMarker")?.Value;
        return new BlobPage(items, string.IsNullOrEmpty(nextMarker) ? null : nextMarker);
    }

    /// <summary>ETags are quoted in headers; some versions leave them bare in listings. One form for both.</summary>
    public static string NormalizeETag(string etag) =>
        etag.StartsWith('"') || etag.StartsWith("W/", StringComparison.Ordinal) ? etag : $"\"{etag}\"";

    public static BlobKind ParseKind(string? blobType, string name) => blobType switch
    {
        "BlockBlob" or null => BlobKind.Block,
        "AppendBlob" => BlobKind.Append,
        _ => throw new InvalidDataException($"Blob '{name}' is a {blobType}, which this store does not use."),
    };

    public static DateTimeOffset ParseHttpDate(string value) =>
        DateTimeOffset.ParseExact(value, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private static BlobProperties ParseBlob(XElement blob)
    {
        var nameElement = blob.Element("Name") ?? throw new InvalidDataException("List Blobs answered a blob without a name.");
        if ((string?)nameElement.Attribute("Encoded") == "true")
        {
            throw new InvalidDataException("List Blobs answered an encoded blob name; this store never writes such names.");
        }

        var name = nameElement.Value;
        var properties = blob.Element("Properties") ?? throw new InvalidDataException($"List Blobs answered blob '{name}' without properties.");
        string Required(string element) =>
            properties.Element(element)?.Value ?? throw new InvalidDataException($"List Blobs answered blob '{name}' without {element}.");

        var contentType = properties.Element("Content-Type")?.Value;
        return new BlobProperties(
            name,
            NormalizeETag(Required("Etag")),
            long.Parse(Required("Content-Length"), NumberStyles.None, CultureInfo.InvariantCulture),
            string.IsNullOrEmpty(contentType) ? BlobContentTypes.OctetStream : contentType,
            ParseKind(properties.Element("BlobType")?.Value, name),
            ParseHttpDate(Required("Last-Modified")));
    }
}
