namespace GraduateFair.Storage.Tests.AzureBlob;

/// <summary>The tests that share one Azurite, each in a container (or prefix) of its own.</summary>
[CollectionDefinition(Name)]
public sealed class SharedAzurite : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}

/// <summary>Tests that stop and restart their Azurite, so they get one of their own.</summary>
[CollectionDefinition(Name)]
public sealed class DedicatedAzurite : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite faults";
}
