using System.Text.RegularExpressions;
using GraduateFair.EndToEnd.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GraduateFair.EndToEnd.Tests.Accounts;

[Collection(BrowserTests.Collection)]
[Trait("Category", "Browser")]
public sealed partial class SignUpAndSignInTests(BrowserFixture fixture)
{
    [Fact]
    public async Task GraduateSignsUpSignsOutAndSignsInAgainInChinese()
    {
        await using var session = await fixture.NewSessionAsync();
        var page = session.Page;

        await session.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(SignInUrl());
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
        await Expect(page.Locator("h1")).ToHaveTextAsync("登录");
        await Expect(page).ToHaveTitleAsync("登录 · 毕业生网络招聘会");
        await session.CheckAccessibilityAsync("sign-in (zh-CN)");
        await session.ScreenshotAsync("signin-zh-CN");

        await page.GetByRole(AriaRole.Link, new() { Name = "注册新账号" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("注册账号");
        await page.GetByRole(AriaRole.Button, new() { Name = "注册", Exact = true }).ClickAsync();
        await Expect(page.Locator(".error-summary")).ToBeFocusedAsync();
        await Expect(page.Locator(".error-summary h2")).ToHaveTextAsync("⚠ 请更正以下问题");
        await Expect(page.Locator("#signup-email")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#signup-email")).ToHaveAttributeAsync("aria-describedby", "signup-email-error");
        await Expect(page.Locator("#signup-email-error")).ToHaveTextAsync("⚠ 错误： 请填写此项。");
        await session.CheckAccessibilityAsync("sign-up with errors (zh-CN)");

        var account = TestAccount.New("graduate", "王小明");
        await page.GetByLabel("毕业生").CheckAsync();
        await page.GetByLabel("显示名称").FillAsync(account.DisplayName);
        await page.GetByLabel("电子邮箱").FillAsync(account.Email);
        await page.GetByLabel("密码").FillAsync(account.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "注册", Exact = true }).ClickAsync();

        await Expect(page.Locator("h1")).ToHaveTextAsync("个人资料");
        await Expect(page.Locator(".account")).ToContainTextAsync("王小明（毕业生）");
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "主导航" }).GetByRole(AriaRole.Link, new() { Name = "个人资料" }))
            .ToHaveAttributeAsync("aria-current", "page");
        await session.CheckAccessibilityAsync("graduate profile after sign-up (zh-CN)");

        await page.GetByRole(AriaRole.Button, new() { Name = "退出登录" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("登录");

        await page.GetByLabel("电子邮箱").FillAsync(account.Email);
        await page.GetByLabel("密码").FillAsync("wrong-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();
        await Expect(page.Locator(".error-summary")).ToContainTextAsync("邮箱或密码不正确。");

        await page.GetByLabel("密码").FillAsync(account.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("招聘会");
        await Expect(page).ToHaveURLAsync(PathUrl("/graduate/fairs"));
        await session.CheckAccessibilityAsync("graduate fairs (zh-CN)");
        await session.ScreenshotAsync("graduate-fairs-zh-CN");
    }

    [Fact]
    public async Task GraduateSignsUpAndSignsInInEnglishAndTheChoiceOfLanguagePersists()
    {
        await using var session = await fixture.NewSessionAsync();
        var page = session.Page;

        await session.GotoAsync("/signin");
        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Sign in");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "English" })).ToHaveAttributeAsync("aria-pressed", "true");

        await page.ReloadAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Sign in");
        await session.CheckAccessibilityAsync("sign-in (en)");
        await session.ScreenshotAsync("signin-en");

        await page.GetByRole(AriaRole.Link, new() { Name = "Create an account" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Create an account");
        var account = TestAccount.New("graduate", "Li Ming");
        await page.GetByLabel("Graduate").CheckAsync();
        await page.GetByLabel("Display name").FillAsync(account.DisplayName);
        await page.GetByLabel("Email").FillAsync(account.Email);
        await page.GetByLabel("Password").FillAsync("short");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign up" }).ClickAsync();
        await Expect(page.Locator("#signup-password-error")).ToHaveTextAsync("⚠ Error: The password needs at least 8 characters.");
        await Expect(page.Locator("#signup-password")).ToHaveAttributeAsync("aria-describedby", "signup-password-hint signup-password-error");
        await session.CheckAccessibilityAsync("sign-up with errors (en)");
        await session.ScreenshotAsync("signup-errors-en");

        await page.GetByLabel("Password").FillAsync(account.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign up" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Profile");
        await Expect(page.Locator(".account")).ToContainTextAsync("Li Ming (Graduate)");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Sign in");
        await page.GetByRole(AriaRole.Link, new() { Name = "Create an account" }).ClickAsync();
        await page.GetByLabel("Graduate").CheckAsync();
        await page.GetByLabel("Display name").FillAsync("Someone else");
        await page.GetByLabel("Email").FillAsync(account.Email);
        await page.GetByLabel("Password").FillAsync(account.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign up" }).ClickAsync();
        await Expect(page.Locator(".error-summary")).ToContainTextAsync("That email is registered already. Sign in instead.");

        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true }).Last.ClickAsync();
        await page.GetByLabel("Email").FillAsync(account.Email);
        await page.GetByLabel("Password").FillAsync(account.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Job fairs");
        await Expect(page).ToHaveTitleAsync("Job fairs · GraduateFair");
        await session.CheckAccessibilityAsync("graduate fairs (en)");
    }

    [Fact]
    public async Task ServerValidationErrorsAppearNextToTheirFields()
    {
        await using var session = await fixture.NewSessionAsync();
        var page = session.Page;

        await session.GotoAsync("/signup");
        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await page.GetByLabel("Employer").CheckAsync();
        await page.GetByLabel("Display name").FillAsync("Hiring team");
        await page.GetByLabel("Email").FillAsync("not-an-email");
        await page.GetByLabel("Password").FillAsync("correct-horse-battery");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign up" }).ClickAsync();

        var error = page.Locator("#signup-email-error");
        await Expect(error).ToHaveTextAsync("⚠ Error: Email must be a valid email address, like name@example.com.");
        await Expect(error.Locator("[lang=en]")).ToHaveCountAsync(1);
        await Expect(page.Locator("#signup-email")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#signup-email")).ToHaveAttributeAsync("aria-describedby", "signup-email-error");
        await Expect(page.Locator(".error-summary")).ToBeFocusedAsync();
        await session.CheckAccessibilityAsync("sign-up with a server validation error (en)");
    }

    [Fact]
    public async Task EmployerSignsUpIntoTheEmployerConsole()
    {
        await using var session = await fixture.NewSessionAsync();
        var page = session.Page;

        await session.GotoAsync("/signup");
        var account = TestAccount.New("employer", "招聘专员");
        await page.GetByLabel("用人单位").CheckAsync();
        await page.GetByLabel("显示名称").FillAsync(account.DisplayName);
        await page.GetByLabel("电子邮箱").FillAsync(account.Email);
        await page.GetByLabel("密码").FillAsync(account.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "注册", Exact = true }).ClickAsync();

        await Expect(page.Locator("h1")).ToHaveTextAsync("企业信息");
        var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = "主导航" });
        await Expect(navigation.GetByRole(AriaRole.Link)).ToHaveTextAsync(["企业信息", "展位与岗位"]);
        await session.CheckAccessibilityAsync("employer company (zh-CN)");
    }

    [Fact]
    public async Task OrganiserSignsInToTheOrganiserConsole()
    {
        await using var session = await fixture.NewSessionAsync();
        var page = session.Page;

        await session.SignInAsync(new TestAccount(BrowserFixture.OrganiserEmail, BrowserFixture.OrganiserPassword, "Organiser", "organiser"), "企业审核");
        var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = "主导航" });
        await Expect(navigation.GetByRole(AriaRole.Link)).ToHaveTextAsync(["企业审核", "招聘会管理", "实名台账", "跟踪回访", "统计报表"]);
        await session.CheckAccessibilityAsync("organiser companies (zh-CN)");

        await navigation.GetByRole(AriaRole.Link, new() { Name = "招聘会管理" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("招聘会管理");
        await Expect(page.Locator("h1")).ToBeFocusedAsync();
        await session.CheckAccessibilityAsync("organiser fairs (zh-CN)");
    }

    [GeneratedRegex("/signin$")]
    private static partial Regex SignInUrl();

    private Regex PathUrl(string path) => new($"^{Regex.Escape(fixture.BaseAddress.ToString().TrimEnd('/') + path)}$");
}
