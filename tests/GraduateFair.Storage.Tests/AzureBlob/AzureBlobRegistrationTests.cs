using GraduateFair.Storage.AzureBlob;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GraduateFair.Storage.Tests.AzureBlob;

public sealed class AzureBlobRegistrationTests
{
    [Fact]
    public void TheAzureBlobProviderRegistersOneAzureStoreOnTheConfiguredContainer()
    {
        using var provider = Build(
            ("Storage:Provider", "AzureBlob"),
            ("Storage:ConnectionString", $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AzureStorageConnection.DevelopmentAccountKey};BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;"),
            ("Storage:Container", "fairs-test"));

        var store = provider.GetRequiredService<IBlobStore>();

        var azureStore = Assert.IsType<AzureBlobStore>(store);
        Assert.Same(store, provider.GetRequiredService<IBlobStore>());
        Assert.Equal("fairs-test", azureStore.Container);
        Assert.Equal("http://127.0.0.1:10000/devstoreaccount1/fairs-test/a/b", azureStore.CreateReadLink("a/b", TimeSpan.FromMinutes(1))!.GetLeftPart(UriPartial.Path));
    }

    [Fact]
    public void TheContainerDefaultsToGraduatefairAndDevelopmentStorageIsAccepted()
    {
        using var provider = Build(("Storage:Provider", "AzureBlob"), ("Storage:ConnectionString", "UseDevelopmentStorage=true"));

        var store = Assert.IsType<AzureBlobStore>(provider.GetRequiredService<IBlobStore>());

        Assert.Equal("graduatefair", store.Container);
    }

    [Fact]
    public void RetrySettingsBindFromTheAzureBlobSection()
    {
        using var provider = Build(("Storage:AzureBlob:MaxAttempts", "6"), ("Storage:AzureBlob:FirstRetryDelay", "00:00:00.5"));

        var options = provider.GetRequiredService<IOptions<AzureBlobStoreOptions>>().Value;

        Assert.Equal(6, options.MaxAttempts);
        Assert.Equal(TimeSpan.FromMilliseconds(500), options.FirstRetryDelay);
        Assert.Equal(TimeSpan.FromSeconds(2), options.MaxRetryDelay);
    }

    [Fact]
    public void AMissingConnectionStringIsAClearConfigurationError()
    {
        using var provider = Build(("Storage:Provider", "AzureBlob"));

        var exception = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IBlobStore>());

        Assert.StartsWith("Storage:ConnectionString is empty;", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMalformedConnectionStringIsAClearConfigurationError()
    {
        using var provider = Build(("Storage:Provider", "AzureBlob"), ("Storage:ConnectionString", "AccountName=graduatefair"));

        var exception = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IBlobStore>());

        Assert.Equal("Storage:ConnectionString is not valid: Storage connection string: 'AccountKey' is missing (or use UseDevelopmentStorage=true).", exception.Message);
    }

    [Fact]
    public void AnInvalidContainerNameIsAClearConfigurationError()
    {
        using var provider = Build(("Storage:Provider", "AzureBlob"), ("Storage:ConnectionString", "UseDevelopmentStorage=true"), ("Storage:Container", "Graduate_Fair"));

        var exception = Assert.Throws<ArgumentException>(() => provider.GetRequiredService<IBlobStore>());

        Assert.StartsWith("'Graduate_Fair' is not a blob container name", exception.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(setting => new KeyValuePair<string, string?>(setting.Key, setting.Value)))
            .Build();
        return new ServiceCollection().AddBlobStore(configuration).BuildServiceProvider();
    }
}
