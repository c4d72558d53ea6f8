using GraduateFair.Storage.AzureBlob;

namespace GraduateFair.Storage.Tests.AzureBlob;

public sealed class AzureStorageConnectionTests
{
    private const string Key = AzureStorageConnection.DevelopmentAccountKey;

    [Fact]
    public void UseDevelopmentStorageIsAzuritesWellKnownAccount()
    {
        var connection = AzureStorageConnection.Parse("UseDevelopmentStorage=true");

        Assert.Equal("devstoreaccount1", connection.AccountName);
        Assert.Equal(new Uri("http://127.0.0.1:10000/devstoreaccount1"), connection.BlobEndpoint);
        Assert.Equal(Convert.FromBase64String(Key), connection.AccountKey.ToArray());
    }

    [Fact]
    public void TheDocumentedAzuriteConnectionStringWithBlobEndpointIsPathStyle()
    {
        var connection = AzureStorageConnection.Parse(
            $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={Key};BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;");

        Assert.Equal("devstoreaccount1", connection.AccountName);
        Assert.Equal(new Uri("http://127.0.0.1:10000/devstoreaccount1"), connection.BlobEndpoint);
    }

    [Fact]
    public void AccountNameAndKeyAloneMeanHttpsOnTheGlobalEndpoint()
    {
        var connection = AzureStorageConnection.Parse($"AccountName=graduatefair;AccountKey={Key}");

        Assert.Equal(new Uri("https://graduatefair.blob.core.windows.net"), connection.BlobEndpoint);
    }

    [Fact]
    public void ProtocolAndEndpointSuffixFormTheBlobEndpoint()
    {
        var connection = AzureStorageConnection.Parse(
            $"DefaultEndpointsProtocol=https;AccountName=graduatefair;AccountKey={Key};EndpointSuffix=core.chinacloudapi.cn");

        Assert.Equal(new Uri("https://graduatefair.blob.core.chinacloudapi.cn"), connection.BlobEndpoint);
    }

    [Fact]
    public void ExplicitBlobEndpointWinsOverProtocolAndSuffixAndLosesItsTrailingSlash()
    {
        var connection = AzureStorageConnection.Parse(
            $"DefaultEndpointsProtocol=https;AccountName=graduatefair;AccountKey={Key};EndpointSuffix=core.windows.net;BlobEndpoint=http://localhost:10000/graduatefair/");

        Assert.Equal("http://localhost:10000/graduatefair", connection.BlobEndpoint.AbsoluteUri);
    }

    [Fact]
    public void SettingNamesAreCaseInsensitiveAndOtherServicesEndpointsAreIgnored()
    {
        var connection = AzureStorageConnection.Parse(
            $" accountname = graduatefair ; ACCOUNTKEY={Key};QueueEndpoint=https://q.example;TableEndpoint=https://t.example;");

        Assert.Equal("graduatefair", connection.AccountName);
        Assert.Equal(new Uri("https://graduatefair.blob.core.windows.net"), connection.BlobEndpoint);
    }

    [Fact]
    public void ToStringNeverShowsTheKey()
    {
        var connection = AzureStorageConnection.Parse($"AccountName=graduatefair;AccountKey={Key}");

        Assert.Equal("AccountName=graduatefair;BlobEndpoint=https://graduatefair.blob.core.windows.net/", connection.ToString());
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData(";;", "empty")]
    [InlineData("UseDevelopmentStorage=false", "UseDevelopmentStorage must be 'true'")]
    [InlineData("UseDevelopmentStorage=true;DevelopmentStorageProxyUri=http://proxy", "cannot be combined with 'DevelopmentStorageProxyUri'")]
    [InlineData("AccountKey=" + Key, "'AccountName' is missing")]
    [InlineData("AccountName=graduatefair", "'AccountKey' is missing")]
    [InlineData("AccountName=graduatefair;AccountKey=not base64!", "AccountKey is not valid base64")]
    [InlineData("AccountName=Graduate_Fair;AccountKey=" + Key, "AccountName 'Graduate_Fair' is not a storage account name")]
    [InlineData("AccountName=graduatefair;AccountKey=" + Key + ";DefaultEndpointsProtocol=ftp", "DefaultEndpointsProtocol must be 'http' or 'https'")]
    [InlineData("AccountName=graduatefair;AccountKey=" + Key + ";BlobEndpoint=localhost:10000", "BlobEndpoint 'localhost:10000' is not an absolute http or https URL")]
    [InlineData("AccountName=graduatefair;AccountKey=" + Key + ";BlobEndpoint=http://127.0.0.1:10000/a?x=1", "must not have a query")]
    [InlineData("AccountName=graduatefair;AccountKey=" + Key + ";AccountName=other", "'AccountName' appears more than once")]
    [InlineData("AccountName=graduatefair;AccountKey=" + Key + ";Acountname=typo", "unknown setting 'Acountname'")]
    [InlineData("AccountName=graduatefair;AccountKey=" + Key + ";BlobEndpoint=", "setting 'BlobEndpoint' is empty")]
    [InlineData("AccountName=graduatefair;" + Key, "segment 2 is not a Name=Value setting")]
    [InlineData("BlobEndpoint=https://x.blob.core.windows.net;SharedAccessSignature=sv=2025-01-05&sig=abc", "SharedAccessSignature are not supported")]
    public void MalformedConnectionStringsAreRejectedWithAClearMessage(string connectionString, string expectedMessagePart)
    {
        var exception = Assert.Throws<FormatException>(() => AzureStorageConnection.Parse(connectionString));

        Assert.Contains(expectedMessagePart, exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, exception.Message, StringComparison.Ordinal);
    }
}
