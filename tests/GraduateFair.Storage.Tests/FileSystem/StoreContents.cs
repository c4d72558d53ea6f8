using System.Globalization;

namespace GraduateFair.Storage.Tests.FileSystem;

/// <summary>Everything a store exposes about its blobs, one line per blob, to compare two stores exactly.</summary>
internal static class StoreContents
{
    public static async Task<List<string>> DescribeAsync(IBlobStore store)
    {
        var lines = new List<string>();
        string? continuation = null;
        do
        {
            var page = await store.ListAsync(string.Empty, continuation);
            foreach (var item in page.Items)
            {
                var content = await store.GetAsync(item.Name) ?? throw new InvalidOperationException($"'{item.Name}' was listed but cannot be read.");
                Assert.Equal(item.ETag, content.ETag);
                lines.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{item.Name} {item.Kind} {item.ETag} {item.Length} {item.ContentType} {Convert.ToBase64String(content.Content.Span)}"));
            }

            continuation = page.Continuation;
        }
        while (continuation is not null);

        return lines;
    }
}
