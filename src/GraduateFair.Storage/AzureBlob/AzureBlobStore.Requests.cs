using System.Globalization;
using System.Net;
using System.Text;
using System.Xml.Linq;

namespace GraduateFair.Storage.AzureBlob;

/// <summary>The request helpers behind the operations of <see cref="AzureBlobStore"/>.</summary>
public sealed partial class AzureBlobStore
{
    private static HttpClient CreateOwnedHttpClient()
    {
        var handler = new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            ConnectTimeout = TimeSpan.FromSeconds(5),
        };
        return new HttpClient(handler, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
    }

    private static void ValidateContainerName(string container)
    {
        ArgumentException.ThrowIfNullOrEmpty(container);
        var valid = container.Length is >= 3 and <= 63
            && char.IsAsciiLetterOrDigit(container[0]) && char.IsAsciiLetterOrDigit(container[^1])
            && container.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
            && !container.Contains("--", StringComparison.Ordinal);
        if (!valid)
        {
            throw new ArgumentException($"'{container}' is not a blob container name: 3-63 lowercase letters, digits and single hyphens, starting and ending with a letter or digit.", nameof(container));
        }
    }

    private Uri BlobUri(string name, string? query = null) =>
        new(query is null ? $"{_containerUri.AbsoluteUri}/{name}" : $"{_containerUri.AbsoluteUri}/{name}?{query}");

    private static void AddCondition(HttpRequestMessage request, BlobCondition condition)
    {
        if (condition.IfMatch is { } etag)
        {
            request.Headers.TryAddWithoutValidation("If-Match", etag);
        }
        else if (condition.IfNoneMatchAny)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", "*");
        }
    }

    private static bool IsConditionFailure(BlobResponse response, BlobCondition condition) =>
        response.Status == HttpStatusCode.PreconditionFailed
        || (condition.IfNoneMatchAny && response.ErrorCode == "BlobAlreadyExists")
        || (condition.IfMatch is not null && response.Status == HttpStatusCode.NotFound && response.ErrorCode != "ContainerNotFound");

    /// <summary>Get Blob Properties: the answer, or null when there is no blob (or no container).</summary>
    private async Task<BlobResponse?> HeadAsync(string name, CancellationToken cancellationToken)
    {
        var response = await _sender.SendAsync("Get Blob Properties", () => new HttpRequestMessage(HttpMethod.Head, BlobUri(name)), cancellationToken).ConfigureAwait(false);
        if (response.Status == HttpStatusCode.NotFound)
        {
            return null;
        }

        EnsureStatus(response, HttpStatusCode.OK, "Get Blob Properties", name);
        return response;
    }

    /// <summary>Sends a write, creating the container first (and again if it has gone).</summary>
    private async Task<BlobResponse> SendWriteAsync(string operation, Func<HttpRequestMessage> buildRequest, CancellationToken cancellationToken)
    {
        await EnsureContainerAsync(cancellationToken).ConfigureAwait(false);
        var response = await _sender.SendAsync(operation, buildRequest, cancellationToken).ConfigureAwait(false);
        if (response.Status == HttpStatusCode.NotFound && response.ErrorCode == "ContainerNotFound")
        {
            ForgetContainer();
            await EnsureContainerAsync(cancellationToken).ConfigureAwait(false);
            response = await _sender.SendAsync(operation, buildRequest, cancellationToken).ConfigureAwait(false);
        }

        return response;
    }

    private Task EnsureContainerAsync(CancellationToken cancellationToken)
    {
        Task ready;
        lock (_containerGate)
        {
            if (_containerReady is null || _containerReady.IsFaulted || _containerReady.IsCanceled)
            {
                // Shared by every caller waiting for it, so no single caller's token cancels it.
                _containerReady = CreateContainerAsync();
            }

            ready = _containerReady;
        }

        return ready.IsCompletedSuccessfully ? Task.CompletedTask : ready.WaitAsync(cancellationToken);
    }

    private void ForgetContainer()
    {
        lock (_containerGate)
        {
            if (_containerReady is { IsCompletedSuccessfully: true })
            {
                _containerReady = null;
            }
        }
    }

    private async Task CreateContainerAsync()
    {
        var uri = new Uri($"{_containerUri.AbsoluteUri}?restype=container");
        var response = await _sender.SendAsync("Create Container", () => new HttpRequestMessage(HttpMethod.Put, uri), CancellationToken.None).ConfigureAwait(false);
        if (response.Status == HttpStatusCode.Created || response.ErrorCode == "ContainerAlreadyExists")
        {
            AzureBlobStoreLog.ContainerReady(_logger, _container, response.Status == HttpStatusCode.Created ? "created" : "existed");
            return;
        }

        throw Unexpected(response, "Create Container", _container);
    }

    private async Task CreateAppendBlobIfMissingAsync(string name, CancellationToken cancellationToken)
    {
        HttpRequestMessage Build()
        {
            var request = new HttpRequestMessage(HttpMethod.Put, BlobUri(name)) { Content = new ReadOnlyMemoryContent(ReadOnlyMemory<byte>.Empty) };
            request.Headers.TryAddWithoutValidation("x-ms-blob-type", "AppendBlob");
            request.Headers.TryAddWithoutValidation("If-None-Match", "*");
            return request;
        }

        var response = await SendWriteAsync("Put Blob (append)", Build, cancellationToken).ConfigureAwait(false);
        // Already there (ours from a lost answer, or anyone's): the append position decides.
        if (response.Status != HttpStatusCode.Created && response.ErrorCode != "BlobAlreadyExists")
        {
            throw Unexpected(response, "Put Blob (append)", name);
        }
    }

    /// <summary>
    /// After a lost answer: the append had been carried out if the blob ends, at exactly the
    /// expected length plus the data, with the data.
    /// </summary>
    private async Task<AppendResult?> FindEarlierAppendAsync(string name, ReadOnlyMemory<byte> data, long expectedLength, CancellationToken cancellationToken)
    {
        var current = await HeadAsync(name, cancellationToken).ConfigureAwait(false);
        if (current is null)
        {
            return null;
        }

        var properties = PropertiesOf(name, current, length: null);
        if (properties.Kind != BlobKind.Append || properties.Length != expectedLength + data.Length)
        {
            return null;
        }

        HttpRequestMessage Build()
        {
            var request = new HttpRequestMessage(HttpMethod.Get, BlobUri(name));
            request.Headers.TryAddWithoutValidation("x-ms-range", $"bytes={expectedLength.ToString(CultureInfo.InvariantCulture)}-{(properties.Length - 1).ToString(CultureInfo.InvariantCulture)}");
            request.Headers.TryAddWithoutValidation("If-Match", properties.ETag);
            return request;
        }

        var tail = await _sender.SendAsync("Get Blob (range)", Build, cancellationToken).ConfigureAwait(false);
        return tail.Status == HttpStatusCode.PartialContent && data.Span.SequenceEqual(tail.Body)
            ? new AppendResult(properties.Length, properties.ETag)
            : null;
    }

    private static BlobProperties PropertiesOf(string name, BlobResponse response, long? length)
    {
        var contentType = response.Header("Content-Type");
        return new BlobProperties(
            name,
            ETagOf(response, name),
            length ?? long.Parse(response.Header("Content-Length") ?? "0", NumberStyles.None, CultureInfo.InvariantCulture),
            string.IsNullOrEmpty(contentType) ? BlobContentTypes.OctetStream : contentType,
            ListBlobsXml.ParseKind(response.Header("x-ms-blob-type"), name),
            ListBlobsXml.ParseHttpDate(response.Header("Last-Modified") ?? throw new InvalidDataException($"Blob '{name}' was answered without Last-Modified.")));
    }

    private static string ETagOf(BlobResponse response, string name) =>
        ListBlobsXml.NormalizeETag(response.Header("ETag") ?? throw new InvalidDataException($"Blob '{name}' was answered without an ETag."));

    private static void EnsureStatus(BlobResponse response, HttpStatusCode expected, string operation, string name)
    {
        if (response.Status != expected)
        {
            throw Unexpected(response, operation, name);
        }
    }

    private static InvalidOperationException Unexpected(BlobResponse response, string operation, string name)
    {
        var message = new StringBuilder($"Azure Blob {operation} of '{name}' answered {response.Describe()}");
        if (ServiceMessage(response) is { } detail)
        {
            message.Append(": ").Append(detail);
        }

        if (response.Status == HttpStatusCode.Forbidden)
        {
            message.Append(" (check the account name and key of Storage:ConnectionString)");
        }

        return new InvalidOperationException(message.ToString());
    }

    private static string? ServiceMessage(BlobResponse response)
    {
        if (response.Body.Length == 0)
        {
            return null;
        }

        try
        {
            using var stream = new MemoryStream(response.Body, writable: false);
            using var reader = System.Xml.XmlReader.Create(stream, new System.Xml.XmlReaderSettings { DtdProcessing = System.Xml.DtdProcessing.Prohibit, XmlResolver = null });
            var message = XDocument.Load(reader).Root?.Element("Message")?.Value;
            return message?.ReplaceLineEndings(" ").Trim();
        }
        catch (System.Xml.XmlException)
        {
            return null;
        }
    }
}
