using GraduateFair.Storage.AzureBlob;

namespace GraduateFair.Storage.Tests.AzureBlob;

/// <summary>
/// Known example: the expected signature was computed for the same SAS by the official SDK's
/// generateBlobSASQueryParameters (@azure/storage-blob 12.34.0); reproduce it with
/// <c>node tests/node/print-known-signatures.mjs</c>.
/// </summary>
public sealed class ServiceSasTests
{
    [Fact]
    public void ReadSasWithADownloadNameIsSignedAsTheOfficialSdkSignsIt()
    {
        var disposition = ServiceSas.AttachmentDisposition("简历.pdf");

        var query = ServiceSas.BuildReadQuery(
            AzureStorageConnection.Development,
            "graduatefair",
            "resumes/g-1/resume.pdf",
            new DateTimeOffset(2025, 11, 22, 4, 55, 0, TimeSpan.Zero),
            new DateTimeOffset(2025, 11, 22, 5, 15, 0, TimeSpan.Zero),
            disposition,
            "2025-01-05");

        Assert.Equal("attachment; filename=\"__.pdf\"; filename*=UTF-8''%E7%AE%80%E5%8E%86.pdf", disposition);
        var parameters = query.Split('&').Select(pair => pair.Split('=', 2)).ToDictionary(pair => pair[0], pair => Uri.UnescapeDataString(pair[1]));
        Assert.Equal("T/9zFhxTKnd/L6amWvPCnCI1kk1xAzlI9aqkyZLq+l4=", parameters["sig"]);
        Assert.Equal("r", parameters["sp"]);
        Assert.Equal("b", parameters["sr"]);
        Assert.Equal("https,http", parameters["spr"]);
        Assert.Equal("2025-11-22T04:55:00Z", parameters["st"]);
        Assert.Equal("2025-11-22T05:15:00Z", parameters["se"]);
        Assert.Equal(disposition, parameters["rscd"]);
    }

    [Fact]
    public void AnHttpsEndpointAllowsHttpsOnly()
    {
        var connection = AzureStorageConnection.Parse($"AccountName=graduatefair;AccountKey={AzureStorageConnection.DevelopmentAccountKey}");

        var query = ServiceSas.BuildReadQuery(connection, "c", "b", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddHours(1), null, "2025-01-05");

        Assert.Contains("&spr=https&", query, StringComparison.Ordinal);
        Assert.DoesNotContain("rscd=", query, StringComparison.Ordinal);
    }
}
