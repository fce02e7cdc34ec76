namespace Mentorship.WebApi.Infrastructure;

/// <summary>
/// The security headers of every response (OWASP REST security cheat sheet): no sniffing, no framing, a strict
/// referrer, HSTS on HTTPS outside Development, and a Content-Security-Policy under which the documentation pages
/// (Swagger UI: scripts and styles from this origin, inline style attributes, data: images) still work.
/// </summary>
public static class SecurityHeaders
{
    public const int HstsMaxAgeSeconds = 365 * 24 * 60 * 60;

    public static HeaderPolicyCollection Policy(IHostEnvironment environment)
    {
        var policy = new HeaderPolicyCollection()
            .AddContentTypeOptionsNoSniff()
            .AddFrameOptionsDeny()
            .AddReferrerPolicyStrictOriginWhenCrossOrigin()
            .AddContentSecurityPolicy(csp =>
            {
                csp.AddDefaultSrc().Self();
                csp.AddScriptSrc().Self();
                csp.AddStyleSrc().Self().UnsafeInline();
                csp.AddImgSrc().Self().Data();
                csp.AddFontSrc().Self();
                csp.AddConnectSrc().Self();
                csp.AddObjectSrc().None();
                csp.AddBaseUri().Self();
                csp.AddFormAction().Self();
                csp.AddFrameAncestors().None();
            });

        // Browsers ignore HSTS over plain HTTP; the package sends it on HTTPS responses only.
        if (!environment.IsDevelopment())
        {
            policy.AddStrictTransportSecurityMaxAgeIncludeSubDomains(HstsMaxAgeSeconds);
        }

        return policy;
    }
}
