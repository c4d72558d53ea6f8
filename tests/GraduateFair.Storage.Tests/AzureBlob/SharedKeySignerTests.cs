using System.Text;
using GraduateFair.Storage.AzureBlob;

namespace GraduateFair.Storage.Tests.AzureBlob;

/// <summary>
/// Known examples: the expected Authorization values were computed for the same requests by the
/// official SDK's StorageSharedKeyCredentialPolicy (@azure/storage-blob 12.34.0); reproduce them
/// with <c>node tests/node/print-known-signatures.mjs</c>.
/// </summary>
public sealed class SharedKeySignerTests
{
    private static readonly DateTimeOffset FixedNow = new(2025, 11, 22, 5, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ConditionalPutIsSignedAsTheOfficialSdkSignsIt()
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, "http://127.0.0.1:10000/devstoreaccount1/graduatefair/fairs/f-1/state.json")
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes("hello world")),
        };
        request.Headers.TryAddWithoutValidation("x-ms-version", "2025-01-05");
        request.Headers.TryAddWithoutValidation("x-ms-blob-type", "BlockBlob");
        request.Headers.TryAddWithoutValidation("x-ms-blob-content-type", "application/json");
        request.Headers.TryAddWithoutValidation("x-ms-meta-writeid", "0123456789abcdef");
        request.Headers.TryAddWithoutValidation("If-Match", "\"0x8DDE0B1C2D3E4F5\"");

        SharedKeySigner.Sign(request, AzureStorageConnection.Development, FixedNow);

        Assert.Equal("Sat, 22 Nov 2025 05:00:00 GMT", Assert.Single(request.Headers.GetValues("x-ms-date")));
        Assert.Equal("SharedKey devstoreaccount1:mRTIsjR7ngB/kxC6ehFMMC9AEhfYsLHroKfQ0Y8mCrw=", Assert.Single(request.Headers.GetValues("Authorization")));
    }

    [Fact]
    public void ListingWithEscapedQueryValuesIsSignedAsTheOfficialSdkSignsIt()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "http://127.0.0.1:10000/devstoreaccount1/graduatefair?restype=container&comp=list&maxresults=2&prefix=fairs%2F&marker=2%21ab%2Fcd");
        request.Headers.TryAddWithoutValidation("x-ms-version", "2025-01-05");

        SharedKeySigner.Sign(request, AzureStorageConnection.Development, FixedNow);

        Assert.Equal("SharedKey devstoreaccount1:ceSUR69Zif923L2puB85RnES/GBE9+FPKNxcG0hOV1k=", Assert.Single(request.Headers.GetValues("Authorization")));
    }

    [Fact]
    public void StringToSignFollowsTheDocumentedLayout()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "http://127.0.0.1:10000/devstoreaccount1/c?restype=container&comp=list&prefix=a%2Fb");
        request.Headers.TryAddWithoutValidation("x-ms-version", "2025-01-05");
        request.Headers.TryAddWithoutValidation("X-MS-Date", "Sat, 22 Nov 2025 05:00:00 GMT");
        request.Headers.TryAddWithoutValidation("x-ms-meta-note", "  two   words ");

        var stringToSign = SharedKeySigner.BuildStringToSign(request, "devstoreaccount1");

        Assert.Equal(
            "GET\n\n\n\n\n\n\n\n\n\n\n\n" +
            "x-ms-date:Sat, 22 Nov 2025 05:00:00 GMT\nx-ms-meta-note:two words\nx-ms-version:2025-01-05\n" +
            "/devstoreaccount1/devstoreaccount1/c\ncomp:list\nprefix:a/b\nrestype:container",
            stringToSign);
    }
}
