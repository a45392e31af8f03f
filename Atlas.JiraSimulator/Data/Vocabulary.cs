namespace Atlas.JiraSimulator.Data;

/// <summary>Words that make generated tickets read like a software team's backlog.</summary>
internal static class Vocabulary
{
    public static readonly string[] FirstNames =
    [
        "Alice", "Bruno", "Chen", "Dana", "Emeka", "Fatima", "Gustav", "Hana", "Igor", "Jasmine", "Kofi", "Lena",
        "Mateo", "Nadia", "Oscar", "Priya", "Quentin", "Rosa", "Sven", "Tomoko", "Umar", "Valentina", "Wei", "Ximena",
        "Yusuf", "Zoe", "Aarav", "Björn", "Chloé", "Dmitri", "Elif", "Farid", "Greta", "Hiro", "Ingrid", "José",
    ];

    public static readonly string[] LastNames =
    [
        "Anderson", "Becker", "Chowdhury", "Dubois", "Eriksson", "Fernández", "García", "Hoffmann", "Ito", "Jensen",
        "Kowalski", "López", "Müller", "Nakamura", "O'Brien", "Petrov", "Quinn", "Rossi", "Santos", "Tanaka",
        "Ueda", "Vargas", "Wójcik", "Xu", "Yilmaz", "Zhang", "Okafor", "Lindqvist", "Haddad", "Novak",
    ];

    public static readonly string[] TimeZones =
    [
        "America/Los_Angeles", "America/New_York", "America/Chicago", "America/Sao_Paulo", "Europe/London",
        "Europe/Berlin", "Europe/Warsaw", "Asia/Kolkata", "Asia/Kathmandu", "Asia/Tokyo", "Australia/Sydney",
        "Pacific/Auckland", "Africa/Lagos", "UTC",
    ];

    public static readonly string[] Locales = ["en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "ja_JP", "pl_PL"];

    public static readonly string[] Subjects =
    [
        "login page", "checkout flow", "payment gateway", "search results pagination", "user profile avatar upload",
        "password reset email", "dashboard widgets", "API rate limiting", "push notifications", "CSV report export",
        "shopping cart totals", "session timeout handling", "two-factor authentication", "invoice PDF rendering",
        "order history screen", "account settings form", "image carousel", "offline sync queue", "dark mode theme",
        "currency conversion", "accessibility labels", "onboarding wizard", "refund workflow", "admin audit log",
        "file attachment preview", "date picker", "webhook delivery", "SSO redirect", "mobile deep links",
        "notification preferences", "bank transfer form", "transaction list filters", "localization strings",
    ];

    public static readonly string[] Failures =
    [
        "crashes", "returns 500", "shows the wrong total", "is very slow", "fails intermittently", "hangs",
        "loses unsaved changes", "displays garbled text", "ignores the locale", "throws a null reference",
        "renders off-screen", "double-submits", "times out", "logs the user out", "shows stale data",
    ];

    public static readonly string[] Conditions =
    [
        "on Safari", "for new users", "after session timeout", "in dark mode", "when offline", "with large datasets",
        "on Android 14", "on iOS 17", "when the password contains unicode", "behind a corporate proxy",
        "after the last release", "for accounts in Japan", "with two browser tabs open", "during daylight saving change",
        "when the cart is empty", "on slow 3G networks", "for read-only users", "in the staging environment",
    ];

    public static readonly string[] Actions =
    [
        "Add", "Update", "Refactor", "Test", "Validate", "Improve", "Document", "Automate regression tests for",
        "Migrate", "Localize", "Harden", "Review", "Redesign", "Instrument", "Remove legacy code from",
    ];

    public static readonly string[] StoryGoals =
    [
        "so that I can finish checkout faster", "so that support can trace failures", "so that testers get quicker feedback",
        "so that customers trust their balance", "so that the page works offline", "so that errors are easier to read",
    ];

    public static readonly string[] Labels =
    [
        "regression", "smoke", "flaky", "ui", "api", "blocker", "performance", "security", "accessibility", "mobile",
        "backend", "frontend", "customer-reported", "tech-debt", "needs-triage", "automation", "release-blocker",
    ];

    public static readonly string[] ComponentNames =
    [
        "Backend", "Frontend", "API", "Mobile", "Payments", "Authentication", "Reporting", "Notifications", "Search",
        "Infrastructure", "Database", "Admin Console",
    ];

    public static readonly string[] Environments =
    [
        "Chrome 131 on Windows 11", "Safari 17.5 on macOS Sonoma", "Firefox 133 on Ubuntu 24.04", "iPhone 15, iOS 17.4",
        "Pixel 8, Android 14", "Staging cluster eu-west-1", "Edge 131, corporate VPN",
    ];

    public static readonly string[] Sentences =
    [
        "Steps to reproduce are below.", "This started after the last deployment.", "Customers reported it through support.",
        "The logs show a timeout in the upstream service.", "We should add a regression test for this case.",
        "It only happens when the cache is cold.", "QA verified the fix on staging.", "See the attached screenshot.",
        "The error message is not helpful to users.", "Performance degrades with more than a thousand rows.",
        "The behaviour differs between browsers.", "Expected the form to keep the entered values.",
        "The retry logic hides the original error.", "Pagination skips items when data changes.",
    ];
}
