using System.Xml.Linq;
using GraduateFair.Storage;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace GraduateFair.Server.Infrastructure;

/// <summary>
/// Keeps ASP.NET Core Data Protection keys (which protect cookies and bearer tokens) in blob
/// storage, so sessions survive restarts and every node of a scaled-out deployment shares them.
/// </summary>
/// <remarks>
/// <see cref="IXmlRepository"/> is synchronous by design; it is called when the key ring is
/// loaded or rotated (at start-up and about once a day), never per request, so blocking on the
/// store here is deliberate and harmless.
/// </remarks>
public sealed class BlobXmlRepository(IBlobStore store) : IXmlRepository
{
    private const string Prefix = "system/data-protection/";

    public IReadOnlyCollection<XElement> GetAllElements() => LoadAsync().GetAwaiter().GetResult();

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        var name = Prefix + BlobName.EscapeSegment(string.IsNullOrEmpty(friendlyName) ? Guid.NewGuid().ToString("N") : friendlyName) + ".xml";
        var bytes = System.Text.Encoding.UTF8.GetBytes(element.ToString(SaveOptions.DisableFormatting));
        store.PutAsync(name, bytes, BlobCondition.None, "application/xml").GetAwaiter().GetResult();
    }

    private async Task<IReadOnlyCollection<XElement>> LoadAsync()
    {
        var elements = new List<XElement>();
        string? continuation = null;
        do
        {
            var page = await store.ListAsync(Prefix, continuation).ConfigureAwait(false);
            foreach (var item in page.Items)
            {
                if (await store.GetAsync(item.Name).ConfigureAwait(false) is { } blob)
                {
                    elements.Add(XElement.Parse(System.Text.Encoding.UTF8.GetString(blob.Content.Span)));
                }
            }

            continuation = page.Continuation;
        }
        while (continuation is not null);

        return elements;
    }
}
