namespace GraduateFair.EndToEnd.Tests.Support;

/// <summary>All browser tests share one server and one Chromium (and so run one after another).</summary>
[CollectionDefinition(Collection)]
public sealed class BrowserTests : ICollectionFixture<BrowserFixture>
{
    public const string Collection = "Browser";
}
