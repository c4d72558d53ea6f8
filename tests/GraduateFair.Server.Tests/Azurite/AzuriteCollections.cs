namespace GraduateFair.Server.Tests.Azurite;

/// <summary>Tests that share one Azurite, each in a container of its own.</summary>
[CollectionDefinition(Name)]
public sealed class SharedAzurite : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}

/// <summary>Tests that stop their Azurite in the middle and start it again, so they get one of their own.</summary>
[CollectionDefinition(Name)]
public sealed class InterruptibleAzurite : ICollectionFixture<PersistentAzuriteFixture>
{
    public const string Name = "Azurite outages";
}
