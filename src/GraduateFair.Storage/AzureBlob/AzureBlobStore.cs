using System.Globalization;
using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace GraduateFair.Storage.AzureBlob;

/// <summary>
/// <see cref="IBlobStore"/> on Azure Blob storage (and Azurite), spoken as the documented REST
/// API over <see cref="HttpClient"/> with Shared Key authorisation. Block blobs for
/// <see cref="PutAsync"/>, append blobs for <see cref="AppendAsync"/>.
/// </summary>
/// <remarks>
/// <para>The container is created on the first write (once, shared by concurrent callers) and
/// again if it disappears.</para>
/// <para>Retried writes. A write whose answer was lost (timeout, broken connection, 5xx) is
/// retried; when the retry then fails its condition, the store checks whether the lost attempt
/// had been carried out. A put carries a fresh write id in its metadata (<c>x-ms-meta-writeid</c>):
/// if the blob holds that id, the put succeeded. An append succeeded if the blob's length is
/// exactly the expected length plus the data and those last bytes are the data. Otherwise the
/// condition failure stands: even if our write had landed, someone else has written after it
/// (an identical append by another writer at the same position cannot be told apart from ours).
/// A delete whose retry finds no blob reports the blob deleted.</para>
/// <para>Delete with <see cref="BlobCondition.IfNotExists"/> never deletes anything, so it is
/// answered with a read instead of a Delete Blob request.</para>
/// <para>One append is one Append Block, so at most <see cref="MaxAppendBytes"/> (100 MiB) per
/// call: larger data is rejected, since splitting it would break the atomicity of an append.</para>
/// </remarks>
public sealed partial class AzureBlobStore : IBlobStore, IDisposable
{
    /// <summary>The largest Append Block the service accepts (version 2022-11-02 and later).</summary>
    public const int MaxAppendBytes = 100 * 1024 * 1024;

    private const string WriteIdMetadata = "x-ms-meta-writeid";

    private readonly HttpClient _httpClient;
    private readonly bool _ownsHttpClient;
    private readonly AzureStorageConnection _connection;
    private readonly string _container;
    private readonly Uri _containerUri;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly BlobRequestSender _sender;
    private readonly Lock _containerGate = new();
    private Task? _containerReady;

    /// <summary>A store with its own <see cref="HttpClient"/> (pooled connections renewed every few minutes).</summary>
    public AzureBlobStore(
        AzureStorageConnection connection,
        string container,
        AzureBlobStoreOptions? options = null,
        ILogger<AzureBlobStore>? logger = null,
        TimeProvider? timeProvider = null)
        : this(CreateOwnedHttpClient(), ownsHttpClient: true, connection, container, options, logger, timeProvider)
    {
    }

    /// <summary>A store on a caller's <see cref="HttpClient"/>, which it does not dispose. Its timeout should be infinite: attempts time out by <see cref="AzureBlobStoreOptions.AttemptTimeout"/>.</summary>
    public AzureBlobStore(
        HttpClient httpClient,
        AzureStorageConnection connection,
        string container,
        AzureBlobStoreOptions? options = null,
        ILogger<AzureBlobStore>? logger = null,
        TimeProvider? timeProvider = null)
        : this(httpClient, ownsHttpClient: false, connection, container, options, logger, timeProvider)
    {
    }

    private AzureBlobStore(
        HttpClient httpClient,
        bool ownsHttpClient,
        AzureStorageConnection connection,
        string container,
        AzureBlobStoreOptions? options,
        ILogger<AzureBlobStore>? logger,
        TimeProvider? timeProvider)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(connection);
        ValidateContainerName(container);
        options ??= new AzureBlobStoreOptions();
        options.Validate();

        _httpClient = httpClient;
        _ownsHttpClient = ownsHttpClient;
        _connection = connection;
        _container = container;
        _containerUri = new Uri($"{connection.BlobEndpoint.AbsoluteUri.TrimEnd('/')}/{container}");
        _timeProvider = timeProvider ?? TimeProvider.System;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _sender = new BlobRequestSender(httpClient, connection, options, _timeProvider, _logger);
    }

    public string Container => _container;

    public async Task<BlobContent?> GetAsync(string name, CancellationToken cancellationToken = default)
    {
        BlobName.Validate(name);
        var response = await _sender.SendAsync("Get Blob", () => new HttpRequestMessage(HttpMethod.Get, BlobUri(name)), cancellationToken).ConfigureAwait(false);
        if (response.Status == HttpStatusCode.NotFound)
        {
            return null;
        }

        EnsureStatus(response, HttpStatusCode.OK, "Get Blob", name);
        return new BlobContent(response.Body, PropertiesOf(name, response, response.Body.Length));
    }

    public async Task<BlobProperties?> GetPropertiesAsync(string name, CancellationToken cancellationToken = default)
    {
        BlobName.Validate(name);
        var response = await HeadAsync(name, cancellationToken).ConfigureAwait(false);
        return response is null ? null : PropertiesOf(name, response, length: null);
    }

    public async Task<string> PutAsync(string name, ReadOnlyMemory<byte> content, BlobCondition condition, string contentType = BlobContentTypes.OctetStream, CancellationToken cancellationToken = default)
    {
        BlobName.Validate(name);
        BlobArguments.ValidateContentType(contentType);
        var writeId = Guid.NewGuid().ToString("N");
        HttpRequestMessage Build()
        {
            var request = new HttpRequestMessage(HttpMethod.Put, BlobUri(name)) { Content = new ReadOnlyMemoryContent(content) };
            request.Headers.TryAddWithoutValidation("x-ms-blob-type", "BlockBlob");
            request.Headers.TryAddWithoutValidation("x-ms-blob-content-type", contentType);
            request.Headers.TryAddWithoutValidation(WriteIdMetadata, writeId);
            AddCondition(request, condition);
            return request;
        }

        var response = await SendWriteAsync("Put Blob", Build, cancellationToken).ConfigureAwait(false);
        if (response.Status == HttpStatusCode.Created)
        {
            return ETagOf(response, name);
        }

        if (IsConditionFailure(response, condition))
        {
            if (response.EarlierAttemptUncertain && await HeadAsync(name, cancellationToken).ConfigureAwait(false) is { } current
                && current.Header(WriteIdMetadata) == writeId)
            {
                AzureBlobStoreLog.EarlierAttemptApplied(_logger, "Put Blob");
                return ETagOf(current, name);
            }

            throw new BlobConcurrencyException(name, $"put ({condition}) failed its condition: {response.Describe()}.");
        }

        throw Unexpected(response, "Put Blob", name);
    }

    public async Task<AppendResult> AppendAsync(string name, ReadOnlyMemory<byte> data, long expectedLength, CancellationToken cancellationToken = default)
    {
        BlobName.Validate(name);
        BlobArguments.ValidateAppend(data, expectedLength);
        if (data.Length > MaxAppendBytes)
        {
            throw new ArgumentException($"One append to an Azure append blob is at most {MaxAppendBytes} bytes (was {data.Length}); split the data into separate appends.", nameof(data));
        }

        if (expectedLength == 0)
        {
            await CreateAppendBlobIfMissingAsync(name, cancellationToken).ConfigureAwait(false);
        }

        HttpRequestMessage Build()
        {
            var request = new HttpRequestMessage(HttpMethod.Put, BlobUri(name, "comp=appendblock")) { Content = new ReadOnlyMemoryContent(data) };
            request.Headers.TryAddWithoutValidation("x-ms-blob-condition-appendpos", expectedLength.ToString(CultureInfo.InvariantCulture));
            return request;
        }

        var response = await SendWriteAsync("Append Block", Build, cancellationToken).ConfigureAwait(false);
        if (response.Status == HttpStatusCode.Created)
        {
            return new AppendResult(expectedLength + data.Length, ETagOf(response, name));
        }

        if (response.Status is HttpStatusCode.PreconditionFailed or HttpStatusCode.NotFound
            || response.ErrorCode is "InvalidBlobType")
        {
            if (response.EarlierAttemptUncertain
                && await FindEarlierAppendAsync(name, data, expectedLength, cancellationToken).ConfigureAwait(false) is { } applied)
            {
                AzureBlobStoreLog.EarlierAttemptApplied(_logger, "Append Block");
                return applied;
            }

            throw new BlobConcurrencyException(name, $"append at position {expectedLength} failed: {response.Describe()}.");
        }

        throw Unexpected(response, "Append Block", name);
    }

    public async Task<bool> DeleteAsync(string name, BlobCondition condition = default, CancellationToken cancellationToken = default)
    {
        BlobName.Validate(name);
        if (condition.IfNoneMatchAny)
        {
            // "Delete only if there is no blob" can never delete anything: answer it with a read
            // (Azurite 3.37 ignores If-None-Match: * on Delete Blob and deletes the blob).
            return await HeadAsync(name, cancellationToken).ConfigureAwait(false) is null
                ? false
                : throw new BlobConcurrencyException(name, $"delete ({condition}) found a blob.");
        }

        HttpRequestMessage Build()
        {
            var request = new HttpRequestMessage(HttpMethod.Delete, BlobUri(name));
            AddCondition(request, condition);
            return request;
        }

        var response = await _sender.SendAsync("Delete Blob", Build, cancellationToken).ConfigureAwait(false);
        if (response.EarlierAttemptUncertain && response.Status is HttpStatusCode.NotFound or HttpStatusCode.PreconditionFailed
            && await HeadAsync(name, cancellationToken).ConfigureAwait(false) is null)
        {
            // A lost earlier attempt most likely deleted it; either way it is gone, as asked.
            AzureBlobStoreLog.EarlierAttemptApplied(_logger, "Delete Blob");
            return true;
        }

        switch (response.Status)
        {
            case HttpStatusCode.Accepted:
                return true;
            case HttpStatusCode.NotFound when condition.IfMatch is not null:
                throw new BlobConcurrencyException(name, $"delete ({condition}) found no blob.");
            case HttpStatusCode.NotFound:
                return false;
            case HttpStatusCode.PreconditionFailed:
                throw new BlobConcurrencyException(name, $"delete ({condition}) failed its condition: {response.Describe()}.");
            default:
                throw Unexpected(response, "Delete Blob", name);
        }
    }

    public async Task<BlobPage> ListAsync(string prefix, string? continuation = null, int pageSize = 1000, CancellationToken cancellationToken = default)
    {
        // Not BlobArguments.ValidateList: our continuation is the service's opaque NextMarker, not a blob name.
        BlobName.ValidatePrefix(prefix);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pageSize);
        var query = $"restype=container&comp=list&maxresults={Math.Min(pageSize, 5000).ToString(CultureInfo.InvariantCulture)}";
        if (prefix.Length > 0)
        {
            query += "&prefix=" + Uri.EscapeDataString(prefix);
        }

        if (!string.IsNullOrEmpty(continuation))
        {
            query += "&marker=" + Uri.EscapeDataString(continuation);
        }

        var uri = new Uri($"{_containerUri.AbsoluteUri}?{query}");
        var response = await _sender.SendAsync("List Blobs", () => new HttpRequestMessage(HttpMethod.Get, uri), cancellationToken).ConfigureAwait(false);
        if (response.Status == HttpStatusCode.NotFound && response.ErrorCode == "ContainerNotFound")
        {
            return new BlobPage([], null);
        }

        EnsureStatus(response, HttpStatusCode.OK, "List Blobs", prefix);
        return ListBlobsXml.Parse(response.Body);
    }

    /// <summary>
    /// A read-only service SAS link to the blob, valid from a few minutes ago (clock skew) until
    /// <paramref name="lifetime"/> from now; with <paramref name="downloadFileName"/> the download
    /// is served as an attachment of that name.
    /// </summary>
    public Uri? CreateReadLink(string name, TimeSpan lifetime, string? downloadFileName = null)
    {
        BlobArguments.ValidateReadLink(name, lifetime);
        var now = _timeProvider.GetUtcNow();
        var disposition = downloadFileName is null ? null : ServiceSas.AttachmentDisposition(downloadFileName);
        var query = ServiceSas.BuildReadQuery(_connection, _container, name, now.AddMinutes(-5), now + lifetime, disposition, BlobRequestSender.ApiVersion);
        return new Uri($"{BlobUri(name).AbsoluteUri}?{query}");
    }

    public void Dispose()
    {
        if (_ownsHttpClient)
        {
            _httpClient.Dispose();
        }
    }
}
