namespace GraduateFair.Storage;

/// <summary>Content types the product stores.</summary>
public static class BlobContentTypes
{
    public const string OctetStream = "application/octet-stream";
    public const string Json = "application/json";
    public const string JsonLines = "application/x-ndjson";
    public const string Pdf = "application/pdf";
    public const string Png = "image/png";
    public const string Jpeg = "image/jpeg";
    public const string Csv = "text/csv; charset=utf-8";
}
