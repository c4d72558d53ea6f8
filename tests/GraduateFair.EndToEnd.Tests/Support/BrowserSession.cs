using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GraduateFair.EndToEnd.Tests.Support;

/// <summary>One test's browser context and page, with the checks every test runs on its pages.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private const string AxeRun = """
        async () => {
          // Colours in the middle of a transition (a button just changed state) are not the page's colours.
          await Promise.all(document.getAnimations().map(animation => animation.finished.catch(() => undefined)));
          const result = await axe.run(document, { resultTypes: ['violations'] });
          return result.violations
            .filter(v => v.impact === 'serious' || v.impact === 'critical')
            .map(v => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map(n => n.target.join(' ')).join(', ')})`);
        }
        """;

    private readonly BrowserFixture _fixture;
    private readonly IBrowserContext _context;
    private readonly List<string> _pageErrors = [];

    internal BrowserSession(BrowserFixture fixture, IBrowserContext context, IPage page)
    {
        _fixture = fixture;
        _context = context;
        Page = page;
        page.PageError += (_, error) =>
        {
            lock (_pageErrors)
            {
                _pageErrors.Add(error);
            }
        };
    }

    public IPage Page { get; }

    public Task GotoAsync(string path) => Page.GotoAsync(path);

    /// <summary>
    /// Runs axe-core on the page as it is now: no serious or critical violation is allowed, and
    /// no script error may have happened on the page so far.
    /// </summary>
    public async Task CheckAccessibilityAsync(string pageName)
    {
        if (!await Page.EvaluateAsync<bool>("() => typeof window.axe !== 'undefined'"))
        {
            await Page.EvaluateAsync(_fixture.AxeSource + "\n;true");
        }

        var violations = await Page.EvaluateAsync<string[]>(AxeRun);
        Assert.True(violations.Length == 0, $"axe found serious or critical violations on {pageName}:\n{string.Join('\n', violations)}");
        lock (_pageErrors)
        {
            Assert.True(_pageErrors.Count == 0, $"script errors on {pageName}:\n{string.Join('\n', _pageErrors)}");
        }
    }

    /// <summary>Saves a full-page screenshot under the test output and as the current one in docs/screenshots.</summary>
    public async Task ScreenshotAsync(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "screenshots", $"{name}.png");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await Page.ScreenshotAsync(new() { Path = path, FullPage = true, Animations = ScreenshotAnimations.Disabled });
        Directory.CreateDirectory(RepositoryPaths.DocsScreenshots);
        File.Copy(path, Path.Combine(RepositoryPaths.DocsScreenshots, $"{name}.png"), overwrite: true);
    }

    /// <summary>Signs in through the sign-in page and waits for the role's first page.</summary>
    public async Task SignInAsync(TestAccount account, string expectedHeading)
    {
        await GotoAsync("/signin");
        await Page.Locator("#signin-email").FillAsync(account.Email);
        await Page.Locator("#signin-password").FillAsync(account.Password);
        await Page.Locator("form button[type=submit]").ClickAsync();
        await Expect(Page.Locator("h1")).ToHaveTextAsync(expectedHeading);
    }

    /// <summary>Chooses the language with the header's switch on the sign-in page; the choice persists in this context.</summary>
    public async Task UseLanguageAsync(string lang)
    {
        await GotoAsync("/signin");
        await Page.Locator($".language button[lang='{lang}']").ClickAsync();
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", lang);
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
