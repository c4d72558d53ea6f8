using System.Net;
using System.Text;
using GraduateFair.Storage.AzureBlob;

namespace GraduateFair.Storage.Tests.AzureBlob;

/// <summary>What the Azure store does beyond the contract, against Azurite.</summary>
[Collection(SharedAzurite.Name)]
[Trait("Category", "Azurite")]
public sealed class AzureBlobStoreAzuriteTests : IDisposable
{
    private readonly AzuriteFixture _azurite;
    private readonly RecordingHandler _handler = new();
    private readonly HttpClient _httpClient;
    private readonly string _container = AzuriteFixture.NewContainerName();
    private readonly AzureBlobStore _store;

    public AzureBlobStoreAzuriteTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
        _httpClient = new HttpClient(_handler) { Timeout = Timeout.InfiniteTimeSpan };
        _store = new AzureBlobStore(_httpClient, azurite.Connection, _container, AzuriteFixture.FastRetries);
    }

    private string ContainerPath => $"/devstoreaccount1/{_container}";

    [Fact]
    public async Task ConcurrentFirstWritesCreateTheContainerOnce()
    {
        var writes = Enumerable.Range(0, 16).Select(i => _store.PutAsync($"first/{i}", Encoding.UTF8.GetBytes($"{i}"), BlobCondition.IfNotExists));

        await Task.WhenAll(writes).WithTimeout("16 concurrent first writes");

        Assert.Single(_handler.Requests, request => request == $"PUT {ContainerPath}?restype=container");
        Assert.Equal(16, (await _store.ListAsync("first/")).Items.Count);
    }

    [Fact]
    public async Task ReadsOfAContainerThatDoesNotExistYetFindNothingAndCreateNothing()
    {
        Assert.Null(await _store.GetAsync("nothing"));
        Assert.Null(await _store.GetPropertiesAsync("nothing"));
        Assert.Empty((await _store.ListAsync(string.Empty)).Items);
        Assert.False(await _store.DeleteAsync("nothing"));

        Assert.DoesNotContain(_handler.Requests, request => request.Contains("restype=container", StringComparison.Ordinal) && request.StartsWith("PUT", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ListPagesFollowTheServicesMarkerAcrossMoreThanOneRequest()
    {
        for (var i = 0; i < 5; i++)
        {
            await _store.PutAsync($"paged/{i}", "x"u8.ToArray(), BlobCondition.None);
        }

        var names = new List<string>();
        string? continuation = null;
        do
        {
            var page = await _store.ListAsync("paged/", continuation, pageSize: 2);
            names.AddRange(page.Items.Select(item => item.Name));
            continuation = page.Continuation;
        }
        while (continuation is not null);

        Assert.Equal(["paged/0", "paged/1", "paged/2", "paged/3", "paged/4"], names);
        Assert.Equal(3, _handler.Requests.Count(request => request.Contains("comp=list", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task APutWhoseAnswerWasLostIsAcknowledgedOnceItsWriteIdIsFound()
    {
        _handler.DropAnswerOnce(request => request.Method == HttpMethod.Put && request.RequestUri!.AbsolutePath.EndsWith("/state", StringComparison.Ordinal));

        var etag = await _store.PutAsync("state", "v1"u8.ToArray(), BlobCondition.IfNotExists);

        var content = await _store.GetAsync("state");
        Assert.Equal("v1", Encoding.UTF8.GetString(content!.Content.Span));
        Assert.Equal(content.ETag, etag);
        Assert.Equal(
            [$"PUT {ContainerPath}/state", $"PUT {ContainerPath}/state", $"HEAD {ContainerPath}/state"],
            _handler.Requests.Where(request => request.EndsWith("/state", StringComparison.Ordinal)).Take(3));
    }

    [Fact]
    public async Task AnIfMatchPutWhoseAnswerWasLostIsAcknowledged()
    {
        var first = await _store.PutAsync("state", "v1"u8.ToArray(), BlobCondition.IfNotExists);
        _handler.DropAnswerOnce(request => request.Method == HttpMethod.Put && request.RequestUri!.AbsolutePath.EndsWith("/state", StringComparison.Ordinal));

        var second = await _store.PutAsync("state", "v2"u8.ToArray(), BlobCondition.Matches(first));

        var content = await _store.GetAsync("state");
        Assert.Equal("v2", Encoding.UTF8.GetString(content!.Content.Span));
        Assert.Equal(content.ETag, second);
    }

    [Fact]
    public async Task AConflictAfterALostAnswerStaysAConflictWhenSomeoneElseWroteInBetween()
    {
        var first = await _store.PutAsync("state", "v1"u8.ToArray(), BlobCondition.IfNotExists);
        using var otherWriter = _azurite.CreateStore(_container);
        _handler.DropAnswerOnce(
            request => request.Method == HttpMethod.Put && request.RequestUri!.AbsolutePath.EndsWith("/state", StringComparison.Ordinal),
            whileAnswerIsLost: () => otherWriter.PutAsync("state", "theirs"u8.ToArray(), BlobCondition.None));

        await Assert.ThrowsAsync<BlobConcurrencyException>(() => _store.PutAsync("state", "ours"u8.ToArray(), BlobCondition.Matches(first)));

        Assert.Equal("theirs", Encoding.UTF8.GetString((await _store.GetAsync("state"))!.Content.Span));
    }

    [Fact]
    public async Task AnAppendWhoseAnswerWasLostIsNotClaimedWhenSomeoneElseAppendedAfterIt()
    {
        var first = await _store.AppendAsync("journal", "one;"u8.ToArray(), 0);
        using var otherWriter = _azurite.CreateStore(_container);
        _handler.DropAnswerOnce(
            request => request.RequestUri!.Query.Contains("comp=appendblock", StringComparison.Ordinal),
            whileAnswerIsLost: () => otherWriter.AppendAsync("journal", "other;"u8.ToArray(), 8));

        await Assert.ThrowsAsync<BlobConcurrencyException>(() => _store.AppendAsync("journal", "two;"u8.ToArray(), first.Length));

        Assert.Equal("one;two;other;", Encoding.UTF8.GetString((await _store.GetAsync("journal"))!.Content.Span));
    }

    [Fact]
    public async Task AnAppendWhoseAnswerWasLostIsAcknowledgedAndWrittenOnce()
    {
        var first = await _store.AppendAsync("journal", "one;"u8.ToArray(), 0);
        _handler.DropAnswerOnce(request => request.RequestUri!.Query.Contains("comp=appendblock", StringComparison.Ordinal));

        var second = await _store.AppendAsync("journal", "two;"u8.ToArray(), first.Length);

        var content = await _store.GetAsync("journal");
        Assert.Equal("one;two;", Encoding.UTF8.GetString(content!.Content.Span));
        Assert.Equal(new AppendResult(8, content.ETag), second);
    }

    [Fact]
    public async Task ADeleteWhoseAnswerWasLostReportsTheBlobDeleted()
    {
        var etag = await _store.PutAsync("doomed", "x"u8.ToArray(), BlobCondition.None);
        _handler.DropAnswerOnce(request => request.Method == HttpMethod.Delete);

        Assert.True(await _store.DeleteAsync("doomed", BlobCondition.Matches(etag)));

        Assert.Null(await _store.GetPropertiesAsync("doomed"));
    }

    [Fact]
    public async Task AReadLinkServesTheContentToAPlainGetWithTheDownloadName()
    {
        await _store.PutAsync("resumes/g-1/resume.pdf", "%PDF-1.7 resume"u8.ToArray(), BlobCondition.None, BlobContentTypes.Pdf);
        var link = _store.CreateReadLink("resumes/g-1/resume.pdf", TimeSpan.FromMinutes(5), "简历 Ada.pdf");
        using var anonymous = new HttpClient();

        using var response = await anonymous.GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("%PDF-1.7 resume", await response.Content.ReadAsStringAsync());
        Assert.Equal(BlobContentTypes.Pdf, response.Content.Headers.ContentType?.ToString());
        Assert.Equal("attachment; filename=\"__ Ada.pdf\"; filename*=UTF-8''%E7%AE%80%E5%8E%86%20Ada.pdf", string.Join(", ", response.Content.Headers.GetValues("Content-Disposition")));
    }

    [Fact]
    public async Task AReadLinkRefusesWrites()
    {
        await _store.PutAsync("logo.png", "png"u8.ToArray(), BlobCondition.None, BlobContentTypes.Png);
        var link = _store.CreateReadLink("logo.png", TimeSpan.FromMinutes(5))!;
        using var anonymous = new HttpClient();
        using var overwrite = new HttpRequestMessage(HttpMethod.Put, link) { Content = new ByteArrayContent("evil"u8.ToArray()) };
        overwrite.Headers.TryAddWithoutValidation("x-ms-blob-type", "BlockBlob");

        using var written = await anonymous.SendAsync(overwrite);
        using var deleted = await anonymous.DeleteAsync(link);

        Assert.Equal(HttpStatusCode.Forbidden, written.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, deleted.StatusCode);
        Assert.Equal("png", Encoding.UTF8.GetString((await _store.GetAsync("logo.png"))!.Content.Span));
    }

    [Fact]
    public async Task AReadLinkIsForItsOwnBlobOnly()
    {
        await _store.PutAsync("a.txt", "a"u8.ToArray(), BlobCondition.None);
        await _store.PutAsync("b.txt", "b"u8.ToArray(), BlobCondition.None);
        var link = _store.CreateReadLink("a.txt", TimeSpan.FromMinutes(5))!;
        using var anonymous = new HttpClient();

        using var response = await anonymous.GetAsync(new Uri(link.AbsoluteUri.Replace("/a.txt?", "/b.txt?", StringComparison.Ordinal)));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task AnExpiredReadLinkIsRefused()
    {
        await _store.PutAsync("old.txt", "old"u8.ToArray(), BlobCondition.None);
        using var pastStore = new AzureBlobStore(_httpClient, _azurite.Connection, _container, timeProvider: new FixedTimeProvider(DateTimeOffset.UtcNow.AddHours(-2)));
        var link = pastStore.CreateReadLink("old.txt", TimeSpan.FromMinutes(30))!;
        using var anonymous = new HttpClient();

        using var response = await anonymous.GetAsync(link);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    public void Dispose()
    {
        _store.Dispose();
        _httpClient.Dispose();
    }

    private sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
