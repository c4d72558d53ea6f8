using System.Globalization;
using System.Text;

namespace GraduateFair.Storage.Tests.Contract;

/// <summary>
/// The behaviour every <see cref="IBlobStore"/> must have. A store's test class derives from this
/// and implements <see cref="CreateStoreAsync"/>; xunit runs every test below once per derived class.
/// </summary>
/// <remarks>
/// Every test keeps its blobs under <see cref="Root"/>, a prefix unique to the test instance, so
/// <see cref="CreateStoreAsync"/> may return a fresh store or one shared with other tests (for
/// example one Azurite container). Override <see cref="DisposeStoreAsync"/> to clean up.
/// </remarks>
public abstract class BlobStoreContractTests : IAsyncLifetime
{
    private IBlobStore? _store;

    protected BlobStoreContractTests()
    {
        Root = $"contract-{Guid.NewGuid():N}/";
    }

    /// <summary>The prefix (ending in '/') every name in this test starts with.</summary>
    protected string Root { get; }

    protected IBlobStore Store => _store ?? throw new InvalidOperationException("The store is created in InitializeAsync.");

    /// <summary>How many of the 1,000 counter increments are in flight at once (each retries until it lands).</summary>
    protected virtual int MaxConcurrentIncrements => 16;

    public static TheoryData<string> InvalidNames => new()
    {
        string.Empty,
        "/leading-slash",
        "trailing-slash/",
        "double//slash",
        "dot/./segment",
        "dot-dot/../segment",
        "..",
        "space in name",
        "back\\slash",
        "question?",
        "percent%20",
        "umlaut-\u00e4",
        new string('x', BlobName.MaxLength + 1),
    };

    public static TheoryData<string> InvalidPrefixes => new()
    {
        "/leading-slash",
        "double//slash",
        "dot-dot/../",
        "space in prefix",
    };

    /// <summary>Creates the store under test (called once per test, before it runs).</summary>
    protected abstract Task<IBlobStore> CreateStoreAsync();

    /// <summary>Releases the store after a test; by default disposes it when it is disposable.</summary>
    protected virtual async Task DisposeStoreAsync(IBlobStore store)
    {
        switch (store)
        {
            case IAsyncDisposable asyncDisposable:
                await asyncDisposable.DisposeAsync();
                break;
            case IDisposable disposable:
                disposable.Dispose();
                break;
        }
    }

    public async Task InitializeAsync() => _store = await CreateStoreAsync();

    public async Task DisposeAsync()
    {
        if (_store is not null)
        {
            await DisposeStoreAsync(_store);
        }
    }

    /// <summary>A name under this test's <see cref="Root"/>.</summary>
    protected string N(string relativeName) => Root + relativeName;

    /// <summary>Names under this test's <see cref="Root"/>, in the given order.</summary>
    protected IEnumerable<string> Names(params string[] relativeNames) => relativeNames.Select(N);

    protected static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    protected static string Text(BlobContent? content)
    {
        Assert.NotNull(content);
        return Encoding.UTF8.GetString(content.Content.Span);
    }

    // ---- put and get ----

    [Fact]
    public async Task PutThenGetReturnsTheContentWithItsContentTypeAndETag()
    {
        var name = N("profile.json");

        var etag = await Store.PutAsync(name, Utf8("{\"name\":\"Ada\"}"), BlobCondition.None, BlobContentTypes.Json);
        var content = await Store.GetAsync(name);

        Assert.NotNull(content);
        Assert.Equal("{\"name\":\"Ada\"}", Text(content));
        Assert.False(string.IsNullOrEmpty(etag));
        Assert.Equal(etag, content.ETag);
        Assert.Equal(name, content.Properties.Name);
        Assert.Equal(BlobContentTypes.Json, content.Properties.ContentType);
        Assert.Equal(BlobKind.Block, content.Properties.Kind);
        Assert.Equal(14, content.Properties.Length);
    }

    [Fact]
    public async Task PutWithoutContentTypeStoresOctetStream()
    {
        var name = N("raw");

        await Store.PutAsync(name, new byte[] { 1, 2, 3 }, BlobCondition.None);

        var properties = await Store.GetPropertiesAsync(name);
        Assert.NotNull(properties);
        Assert.Equal(BlobContentTypes.OctetStream, properties.ContentType);
    }

    [Fact]
    public async Task GetPropertiesReturnsWhatGetReturnsWithoutTheContent()
    {
        var name = N("logo.png");
        var etag = await Store.PutAsync(name, new byte[300], BlobCondition.None, BlobContentTypes.Png);

        var properties = await Store.GetPropertiesAsync(name);

        Assert.NotNull(properties);
        Assert.Equal(name, properties.Name);
        Assert.Equal(etag, properties.ETag);
        Assert.Equal(300, properties.Length);
        Assert.Equal(BlobContentTypes.Png, properties.ContentType);
        Assert.Equal(BlobKind.Block, properties.Kind);
    }

    [Fact]
    public async Task GetOfAMissingBlobReturnsNull()
    {
        Assert.Null(await Store.GetAsync(N("missing")));
        Assert.Null(await Store.GetPropertiesAsync(N("missing")));
    }

    [Fact]
    public async Task EmptyContentRoundTrips()
    {
        var name = N("empty");

        await Store.PutAsync(name, ReadOnlyMemory<byte>.Empty, BlobCondition.None);

        var content = await Store.GetAsync(name);
        Assert.NotNull(content);
        Assert.Equal(0, content.Content.Length);
        Assert.Equal(0, content.Properties.Length);
    }

    [Fact]
    public async Task LargeContentRoundTripsByteForByte()
    {
        var name = N("resume.pdf");
        var bytes = new byte[3 * 1024 * 1024 + 17];
        new Random(42).NextBytes(bytes);

        await Store.PutAsync(name, bytes, BlobCondition.None, BlobContentTypes.Pdf);

        var content = await Store.GetAsync(name);
        Assert.NotNull(content);
        Assert.Equal(bytes.Length, content.Properties.Length);
        Assert.True(bytes.AsSpan().SequenceEqual(content.Content.Span));
    }

    [Fact]
    public async Task ChangingTheCallersBufferAfterPutDoesNotChangeTheStoredBlob()
    {
        var name = N("buffer");
        var buffer = Utf8("before");

        await Store.PutAsync(name, buffer, BlobCondition.None);
        Utf8("AFTER!").CopyTo(buffer, 0);

        Assert.Equal("before", Text(await Store.GetAsync(name)));
    }

    [Fact]
    public async Task UnconditionalPutReplacesAnExistingBlobAndChangesItsETag()
    {
        var name = N("state");
        var first = await Store.PutAsync(name, Utf8("one"), BlobCondition.None);

        var second = await Store.PutAsync(name, Utf8("two"), BlobCondition.None, BlobContentTypes.Json);

        Assert.NotEqual(first, second);
        var content = await Store.GetAsync(name);
        Assert.Equal("two", Text(content));
        Assert.Equal(second, content!.ETag);
        Assert.Equal(BlobContentTypes.Json, content.Properties.ContentType);
    }

    [Fact]
    public async Task PutOfTheSameContentAgainStillChangesTheETag()
    {
        var name = N("same");
        var first = await Store.PutAsync(name, Utf8("same"), BlobCondition.None);

        var second = await Store.PutAsync(name, Utf8("same"), BlobCondition.None);

        Assert.NotEqual(first, second);
    }

    // ---- conditions on put ----

    [Fact]
    public async Task PutIfNotExistsCreatesAMissingBlob()
    {
        var name = N("new");

        var etag = await Store.PutAsync(name, Utf8("created"), BlobCondition.IfNotExists);

        var content = await Store.GetAsync(name);
        Assert.Equal("created", Text(content));
        Assert.Equal(etag, content!.ETag);
    }

    [Fact]
    public async Task PutIfNotExistsOnAnExistingBlobThrowsConcurrencyFailureAndKeepsIt()
    {
        var name = N("taken");
        var etag = await Store.PutAsync(name, Utf8("first"), BlobCondition.IfNotExists);

        await Assert.ThrowsAsync<BlobConcurrencyException>(() => Store.PutAsync(name, Utf8("second"), BlobCondition.IfNotExists));

        var content = await Store.GetAsync(name);
        Assert.Equal("first", Text(content));
        Assert.Equal(etag, content!.ETag);
    }

    [Fact]
    public async Task PutWithTheCurrentETagReplacesTheBlob()
    {
        var name = N("versioned");
        var first = await Store.PutAsync(name, Utf8("v1"), BlobCondition.None);

        var second = await Store.PutAsync(name, Utf8("v2"), BlobCondition.Matches(first));

        Assert.NotEqual(first, second);
        var content = await Store.GetAsync(name);
        Assert.Equal("v2", Text(content));
        Assert.Equal(second, content!.ETag);
    }

    [Fact]
    public async Task PutWithAStaleETagThrowsConcurrencyFailureAndChangesNothing()
    {
        var name = N("versioned");
        var stale = await Store.PutAsync(name, Utf8("v1"), BlobCondition.None);
        var current = await Store.PutAsync(name, Utf8("v2"), BlobCondition.Matches(stale));

        await Assert.ThrowsAsync<BlobConcurrencyException>(() => Store.PutAsync(name, Utf8("v3"), BlobCondition.Matches(stale), BlobContentTypes.Json));

        var content = await Store.GetAsync(name);
        Assert.Equal("v2", Text(content));
        Assert.Equal(current, content!.ETag);
        Assert.Equal(BlobContentTypes.OctetStream, content.Properties.ContentType);
    }

    [Fact]
    public async Task PutWithIfMatchOnAMissingBlobThrowsConcurrencyFailureAndCreatesNothing()
    {
        var name = N("never-created");

        await Assert.ThrowsAsync<BlobConcurrencyException>(() => Store.PutAsync(name, Utf8("x"), BlobCondition.Matches("some-etag")));

        Assert.Null(await Store.GetPropertiesAsync(name));
    }

    [Fact]
    public async Task AnETagFromBeforeADeleteDoesNotMatchTheRecreatedBlob()
    {
        var name = N("recreated");
        var old = await Store.PutAsync(name, Utf8("same"), BlobCondition.None);
        await Store.DeleteAsync(name);
        var recreated = await Store.PutAsync(name, Utf8("same"), BlobCondition.IfNotExists);

        await Assert.ThrowsAsync<BlobConcurrencyException>(() => Store.PutAsync(name, Utf8("other"), BlobCondition.Matches(old)));

        Assert.NotEqual(old, recreated);
        Assert.Equal("same", Text(await Store.GetAsync(name)));
    }

    // ---- delete ----

    [Fact]
    public async Task DeleteOfAnExistingBlobReturnsTrueAndRemovesIt()
    {
        var name = N("doomed");
        await Store.PutAsync(name, Utf8("x"), BlobCondition.None);

        Assert.True(await Store.DeleteAsync(name));

        Assert.Null(await Store.GetAsync(name));
        Assert.Null(await Store.GetPropertiesAsync(name));
    }

    [Fact]
    public async Task DeleteOfAMissingBlobReturnsFalse()
    {
        Assert.False(await Store.DeleteAsync(N("missing")));
    }

    [Fact]
    public async Task DeleteWithTheCurrentETagRemovesTheBlob()
    {
        var name = N("doomed");
        var etag = await Store.PutAsync(name, Utf8("x"), BlobCondition.None);

        Assert.True(await Store.DeleteAsync(name, BlobCondition.Matches(etag)));

        Assert.Null(await Store.GetAsync(name));
    }

    [Fact]
    public async Task DeleteWithAStaleETagThrowsConcurrencyFailureAndKeepsTheBlob()
    {
        var name = N("kept");
        var stale = await Store.PutAsync(name, Utf8("v1"), BlobCondition.None);
        var current = await Store.PutAsync(name, Utf8("v2"), BlobCondition.None);

        await Assert.ThrowsAsync<BlobConcurrencyException>(() => Store.DeleteAsync(name, BlobCondition.Matches(stale)));

        var content = await Store.GetAsync(name);
        Assert.Equal("v2", Text(content));
        Assert.Equal(current, content!.ETag);
    }

    [Fact]
    public async Task DeleteWithIfMatchOnAMissingBlobThrowsConcurrencyFailure()
    {
        await Assert.ThrowsAsync<BlobConcurrencyException>(() => Store.DeleteAsync(N("missing"), BlobCondition.Matches("some-etag")));
    }

    [Fact]
    public async Task DeleteIfNotExistsOnAnExistingBlobThrowsConcurrencyFailureAndKeepsIt()
    {
        var name = N("kept");
        await Store.PutAsync(name, Utf8("x"), BlobCondition.None);

        await Assert.ThrowsAsync<BlobConcurrencyException>(() => Store.DeleteAsync(name, BlobCondition.IfNotExists));

        Assert.Equal("x", Text(await Store.GetAsync(name)));
    }

    [Fact]
    public async Task DeleteIfNotExistsOnAMissingBlobReturnsFalse()
    {
        Assert.False(await Store.DeleteAsync(N("missing"), BlobCondition.IfNotExists));
    }

    // ---- names that are also folders ----

    [Fact]
    public async Task ABlobAndABlobBelowItsNameCoexist()
    {
        var parent = N("a/b");
        var child = N("a/b/c");

        await Store.PutAsync(parent, Utf8("parent"), BlobCondition.IfNotExists);
        await Store.PutAsync(child, Utf8("child"), BlobCondition.IfNotExists);

        Assert.Equal("parent", Text(await Store.GetAsync(parent)));
        Assert.Equal("child", Text(await Store.GetAsync(child)));

        Assert.True(await Store.DeleteAsync(parent));
        Assert.Null(await Store.GetAsync(parent));
        Assert.Equal("child", Text(await Store.GetAsync(child)));
    }

    [Fact]
    public async Task ABlobBelowANameCanBeCreatedBeforeTheName()
    {
        var parent = N("x/y");
        var child = N("x/y/z");

        await Store.AppendAsync(child, Utf8("child"), 0);
        await Store.AppendAsync(parent, Utf8("parent"), 0);

        Assert.Equal("parent", Text(await Store.GetAsync(parent)));
        Assert.Equal("child", Text(await Store.GetAsync(child)));
    }

    // ---- listing ----

    [Fact]
    public async Task ListReturnsTheNamesUnderAPrefixInOrdinalOrderWithTheirProperties()
    {
        string[] shuffled = ["list/ab", "list/a/b", "list/B", "list/a-b", "list/a0", "list/a_", "list/a", "list/aB", "list/a.b", "list/a/b/c", "list/a-/x"];
        foreach (var name in shuffled)
        {
            await Store.PutAsync(N(name), Utf8(name), BlobCondition.None, BlobContentTypes.Json);
        }

        await Store.AppendAsync(N("list/journal"), Utf8("12345"), 0);
        await Store.PutAsync(N("listing-elsewhere"), Utf8("not under the prefix"), BlobCondition.None);

        var page = await Store.ListAsync(N("list/"));

        string[] expected = ["list/B", "list/a", "list/a-/x", "list/a-b", "list/a.b", "list/a/b", "list/a/b/c", "list/a0", "list/aB", "list/a_", "list/ab", "list/journal"];
        Assert.Equal(expected.Select(N), page.Items.Select(item => item.Name));
        Assert.Null(page.Continuation);

        var block = page.Items.Single(item => item.Name == N("list/a-/x"));
        Assert.Equal(BlobKind.Block, block.Kind);
        Assert.Equal("list/a-/x".Length, block.Length);
        Assert.Equal(BlobContentTypes.Json, block.ContentType);
        Assert.Equal((await Store.GetPropertiesAsync(N("list/a-/x")))!.ETag, block.ETag);

        var journal = page.Items.Single(item => item.Name == N("list/journal"));
        Assert.Equal(BlobKind.Append, journal.Kind);
        Assert.Equal(5, journal.Length);
    }

    [Fact]
    public async Task ListPagesFollowTheContinuationUntilTheLastPage()
    {
        for (var i = 6; i >= 0; i--)
        {
            await Store.PutAsync(N($"page/n{i}"), Utf8("x"), BlobCondition.None);
        }

        var first = await Store.ListAsync(N("page/"), pageSize: 3);
        var second = await Store.ListAsync(N("page/"), first.Continuation, pageSize: 3);
        var third = await Store.ListAsync(N("page/"), second.Continuation, pageSize: 3);

        Assert.Equal(Names("page/n0", "page/n1", "page/n2"), first.Items.Select(item => item.Name));
        Assert.NotNull(first.Continuation);
        Assert.Equal(Names("page/n3", "page/n4", "page/n5"), second.Items.Select(item => item.Name));
        Assert.NotNull(second.Continuation);
        Assert.Equal(Names("page/n6"), third.Items.Select(item => item.Name));
        Assert.Null(third.Continuation);
    }

    [Fact]
    public async Task ListWithPageSizeOneVisitsEveryNameOnceInOrderAcrossFolders()
    {
        string[] names = ["walk/a", "walk/a/b", "walk/a/b/c", "walk/a/b/c/d", "walk/a/c", "walk/a0", "walk/b/a", "walk/c"];
        foreach (var name in Enumerable.Reverse(names))
        {
            await Store.PutAsync(N(name), Utf8(name), BlobCondition.None);
        }

        var visited = new List<string>();
        string? continuation = null;
        var pages = 0;
        do
        {
            var page = await Store.ListAsync(N("walk/"), continuation, pageSize: 1);
            visited.AddRange(page.Items.Select(item => item.Name));
            continuation = page.Continuation;
            pages++;
        }
        while (continuation is not null && pages <= names.Length);

        Assert.Equal(names.Select(N), visited);
        Assert.Equal(names.Length, pages);
    }

    [Fact]
    public async Task ListPrefixMatchesCharactersNotWholeSegments()
    {
        string[] names = ["pfx/a/b", "pfx/a/b/c", "pfx/a/bc", "pfx/a/bc/d", "pfx/a/c", "pfx/a/a"];
        foreach (var name in names)
        {
            await Store.PutAsync(N(name), Utf8(name), BlobCondition.None);
        }

        var stem = await Store.ListAsync(N("pfx/a/b"));
        var folder = await Store.ListAsync(N("pfx/a/b/"));
        var exact = await Store.ListAsync(N("pfx/a/bc/d"));

        Assert.Equal(Names("pfx/a/b", "pfx/a/b/c", "pfx/a/bc", "pfx/a/bc/d"), stem.Items.Select(item => item.Name));
        Assert.Equal(Names("pfx/a/b/c"), folder.Items.Select(item => item.Name));
        Assert.Equal(Names("pfx/a/bc/d"), exact.Items.Select(item => item.Name));
    }

    [Fact]
    public async Task ListOfAPrefixWithoutBlobsReturnsAnEmptyLastPage()
    {
        await Store.PutAsync(N("present"), Utf8("x"), BlobCondition.None);

        var page = await Store.ListAsync(N("absent/"));

        Assert.Empty(page.Items);
        Assert.Null(page.Continuation);
    }

    [Fact]
    public async Task ListDoesNotReturnDeletedBlobs()
    {
        await Store.PutAsync(N("gone/a"), Utf8("x"), BlobCondition.None);
        await Store.PutAsync(N("gone/b/c"), Utf8("x"), BlobCondition.None);
        await Store.PutAsync(N("gone/d"), Utf8("x"), BlobCondition.None);
        await Store.DeleteAsync(N("gone/a"));
        await Store.DeleteAsync(N("gone/b/c"));

        var page = await Store.ListAsync(N("gone/"));

        Assert.Equal(Names("gone/d"), page.Items.Select(item => item.Name));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public async Task ListWithANonPositivePageSizeIsRejected(int pageSize)
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.ListAsync(N("x/"), pageSize: pageSize));
    }

    // ---- append blobs ----

    [Fact]
    public async Task AppendAtZeroCreatesAnAppendBlob()
    {
        var name = N("journal");

        var result = await Store.AppendAsync(name, Utf8("first;"), 0);

        Assert.Equal(6, result.Length);
        var content = await Store.GetAsync(name);
        Assert.Equal("first;", Text(content));
        Assert.Equal(result.ETag, content!.ETag);
        Assert.Equal(BlobKind.Append, content.Properties.Kind);
        Assert.Equal(6, content.Properties.Length);
        Assert.Equal(BlobContentTypes.OctetStream, content.Properties.ContentType);
    }

    [Fact]
    public async Task AppendAtTheCurrentLengthAddsToTheEnd()
    {
        var name = N("journal");
        var first = await Store.AppendAsync(name, Utf8("one;"), 0);

        var second = await Store.AppendAsync(name, Utf8("two;"), first.Length);
        var third = await Store.AppendAsync(name, Utf8("three;"), second.Length);

        Assert.Equal(8, second.Length);
        Assert.Equal(14, third.Length);
        Assert.Equal("one;two;three;", Text(await Store.GetAsync(name)));
        var properties = await Store.GetPropertiesAsync(name);
        Assert.Equal(14, properties!.Length);
        Assert.Equal(third.ETag, properties.ETag);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(100)]
    public async Task AppendAtAWrongLengthThrowsConcurrencyFailureAndWritesNothing(long wrongLength)
    {
        var name = N("journal");
        var current = await Store.AppendAsync(name, Utf8("four"), 0);

        await Assert.ThrowsAsync<BlobConcurrencyException>(() => Store.AppendAsync(name, Utf8("lost"), wrongLength));

        var content = await Store.GetAsync(name);
        Assert.Equal("four", Text(content));
        Assert.Equal(current.ETag, content!.ETag);
        Assert.Equal(4, content.Properties.Length);
    }

    [Fact]
    public async Task AppendAtAPositiveLengthOnAMissingBlobThrowsConcurrencyFailureAndCreatesNothing()
    {
        var name = N("journal");

        await Assert.ThrowsAsync<BlobConcurrencyException>(() => Store.AppendAsync(name, Utf8("x"), 1));

        Assert.Null(await Store.GetPropertiesAsync(name));
    }

    [Fact]
    public async Task EveryAppendChangesTheETag()
    {
        var name = N("journal");
        var etags = new List<string>();
        long length = 0;
        for (var i = 0; i < 10; i++)
        {
            var result = await Store.AppendAsync(name, Utf8("same"), length);
            etags.Add(result.ETag);
            length = result.Length;
        }

        Assert.Equal(10, etags.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(etags[^1], (await Store.GetPropertiesAsync(name))!.ETag);
    }

    [Fact]
    public async Task ConcurrentAppendersAtTheSamePositionExactlyOneWins()
    {
        const int Writers = 8;
        var name = N("contended");
        var start = await Store.AppendAsync(name, Utf8("base;"), 0);
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var writers = Enumerable.Range(0, Writers).Select(i => Task.Run(async () =>
        {
            await go.Task;
            try
            {
                await Store.AppendAsync(name, Utf8($"writer-{i};"), start.Length);
                return i;
            }
            catch (BlobConcurrencyException)
            {
                return -1;
            }
        })).ToArray();
        go.SetResult();
        var outcomes = await Task.WhenAll(writers).WithTimeout("the concurrent appenders");

        var winner = Assert.Single(outcomes, outcome => outcome >= 0);
        Assert.Equal($"base;writer-{winner};", Text(await Store.GetAsync(name)));
    }

    [Fact]
    public async Task AppendToABlockBlobThrowsConcurrencyFailureAndKeepsIt()
    {
        var name = N("block");
        var etag = await Store.PutAsync(name, Utf8("block"), BlobCondition.None);

        await Assert.ThrowsAsync<BlobConcurrencyException>(() => Store.AppendAsync(name, Utf8("more"), 5));
        await Assert.ThrowsAsync<BlobConcurrencyException>(() => Store.AppendAsync(name, Utf8("more"), 0));

        var content = await Store.GetAsync(name);
        Assert.Equal("block", Text(content));
        Assert.Equal(etag, content!.ETag);
        Assert.Equal(BlobKind.Block, content.Properties.Kind);
    }

    [Fact]
    public async Task PutWithTheETagOfAnAppendBlobReplacesItWithABlockBlob()
    {
        var name = N("snapshot");
        var appended = await Store.AppendAsync(name, Utf8("a;b;c;"), 0);

        var etag = await Store.PutAsync(name, Utf8("abc"), BlobCondition.Matches(appended.ETag), BlobContentTypes.Json);

        var content = await Store.GetAsync(name);
        Assert.Equal("abc", Text(content));
        Assert.Equal(etag, content!.ETag);
        Assert.Equal(BlobKind.Block, content.Properties.Kind);
        Assert.Equal(BlobContentTypes.Json, content.Properties.ContentType);
        await Assert.ThrowsAsync<BlobConcurrencyException>(() => Store.AppendAsync(name, Utf8("d;"), 3));
    }

    [Fact]
    public async Task PutWithAStaleETagOfAnAppendBlobKeepsTheAppendBlob()
    {
        var name = N("journal");
        var first = await Store.AppendAsync(name, Utf8("a;"), 0);
        var second = await Store.AppendAsync(name, Utf8("b;"), first.Length);

        await Assert.ThrowsAsync<BlobConcurrencyException>(() => Store.PutAsync(name, Utf8("replaced"), BlobCondition.Matches(first.ETag)));

        var content = await Store.GetAsync(name);
        Assert.Equal("a;b;", Text(content));
        Assert.Equal(second.ETag, content!.ETag);
        Assert.Equal(BlobKind.Append, content.Properties.Kind);
    }

    [Fact]
    public async Task DeleteOfAnAppendBlobLetsItBeRecreatedAtZero()
    {
        var name = N("journal");
        var old = await Store.AppendAsync(name, Utf8("old;"), 0);
        await Store.DeleteAsync(name, BlobCondition.Matches(old.ETag));

        var recreated = await Store.AppendAsync(name, Utf8("new;"), 0);

        Assert.Equal(4, recreated.Length);
        Assert.NotEqual(old.ETag, recreated.ETag);
        Assert.Equal("new;", Text(await Store.GetAsync(name)));
    }

    [Fact]
    public async Task AppendOfNoBytesIsRejected()
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.AppendAsync(N("journal"), ReadOnlyMemory<byte>.Empty, 0));
    }

    [Fact]
    public async Task AppendAtANegativeLengthIsRejected()
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.AppendAsync(N("journal"), Utf8("x"), -1));
    }

    // ---- names ----

    [Theory]
    [MemberData(nameof(InvalidNames))]
    public async Task InvalidNamesAreRejectedByEveryOperation(string name)
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.GetAsync(name));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.GetPropertiesAsync(name));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.PutAsync(name, Utf8("x"), BlobCondition.None));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.AppendAsync(name, Utf8("x"), 0));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.DeleteAsync(name));
        Assert.ThrowsAny<ArgumentException>(() => Store.CreateReadLink(name, TimeSpan.FromMinutes(5)));
    }

    [Theory]
    [MemberData(nameof(InvalidPrefixes))]
    public async Task InvalidPrefixesAreRejectedByList(string prefix)
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.ListAsync(prefix));
    }

    [Fact]
    public async Task EveryAllowedCharacterWorksInANameAndEscapedSegmentsRoundTrip()
    {
        var name = N($"chars/AZaz09._~-/{BlobName.EscapeSegment("ada.lovelace+fair@example.org")}");

        await Store.PutAsync(name, Utf8("ok"), BlobCondition.IfNotExists);

        Assert.Equal("ok", Text(await Store.GetAsync(name)));
        Assert.Equal([name], (await Store.ListAsync(N("chars/"))).Items.Select(item => item.Name));
    }

    // ---- cancellation ----

    [Fact]
    public async Task ACancelledWriteChangesNothing()
    {
        var name = N("cancelled");
        var etag = await Store.PutAsync(name, Utf8("kept"), BlobCondition.None);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Store.PutAsync(name, Utf8("lost"), BlobCondition.None, cancellationToken: cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Store.DeleteAsync(name, cancellationToken: cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Store.AppendAsync(N("cancelled-journal"), Utf8("lost"), 0, cancelled.Token));

        var content = await Store.GetAsync(name);
        Assert.Equal("kept", Text(content));
        Assert.Equal(etag, content!.ETag);
        Assert.Null(await Store.GetPropertiesAsync(N("cancelled-journal")));
    }

    // ---- optimistic concurrency under load ----

    [Fact]
    public async Task OneThousandConcurrentConditionalIncrementsOfOneCounterAllLand()
    {
        const int Increments = 1000;
        var name = N("counter");
        await Store.PutAsync(name, Utf8("0"), BlobCondition.IfNotExists, "text/plain");
        using var inFlight = new SemaphoreSlim(MaxConcurrentIncrements);

        var increments = Enumerable.Range(0, Increments).Select(_ => Task.Run(async () =>
        {
            await inFlight.WaitAsync();
            try
            {
                await IncrementAsync(name);
            }
            finally
            {
                inFlight.Release();
            }
        })).ToArray();
        await Task.WhenAll(increments).WithTimeout("1,000 conditional increments", TimeSpan.FromMinutes(5));

        Assert.Equal("1000", Text(await Store.GetAsync(name)));
    }

    private async Task IncrementAsync(string name)
    {
        while (true)
        {
            var current = await Store.GetAsync(name) ?? throw new InvalidOperationException("The counter vanished.");
            var next = int.Parse(Text(current), CultureInfo.InvariantCulture) + 1;
            try
            {
                await Store.PutAsync(name, Utf8(next.ToString(CultureInfo.InvariantCulture)), BlobCondition.Matches(current.ETag), "text/plain");
                return;
            }
            catch (BlobConcurrencyException)
            {
                // Someone else incremented first: read again and retry.
            }
        }
    }
}
