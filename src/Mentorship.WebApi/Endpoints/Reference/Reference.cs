using MediatR;
using Mentorship.Application.Reference.Queries.GetCriteria;
using Mentorship.Application.Reference.Queries.GetErrors;
using Mentorship.Application.Reference.Queries.GetFormats;
using Mentorship.Application.Reference.Queries.GetForms;
using Mentorship.Application.Reference.Queries.GetOrganizationKinds;
using Mentorship.Application.Reference.Queries.GetPersonCategories;
using Mentorship.Application.Reference.Queries.GetStages;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mentorship.WebApi.Endpoints.Reference;

/// <summary>Reference data with titles in the caller's language (Russian by default, English with Accept-Language: en).</summary>
public static class Reference
{
    public static RouteGroupBuilder MapReference(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/reference").WithTags("Reference").AllowAnonymous();
        group.MapGet("/forms", GetForms).WithName(nameof(GetForms));
        group.MapGet("/formats", GetFormats).WithName(nameof(GetFormats));
        group.MapGet("/stages", GetStages).WithName(nameof(GetStages));
        group.MapGet("/organization-kinds", GetOrganizationKinds).WithName(nameof(GetOrganizationKinds));
        group.MapGet("/criteria", GetCriteria).WithName(nameof(GetCriteria));
        group.MapGet("/person-categories", GetPersonCategories).WithName(nameof(GetPersonCategories));
        group.MapGet("/errors", GetErrors).WithName(nameof(GetErrors));
        return group;
    }

    /// <summary>List the mentoring forms (формы наставничества) and who may be mentor and mentee in each</summary>
    /// <remarks>
    /// The forms of the target model — ученик–ученик, учитель–учитель, студент–ученик, работодатель–ученик,
    /// работодатель–студент — and the regional variations (родитель–ученик, НКО/волонтёр–ученик, педагог–ученик …),
    /// each with its code, title and the person categories allowed as mentor and as mentee: a pair that breaks them is
    /// refused. Anonymous reference data, for filling forms and lists; titles in Russian by default, in English with
    /// `Accept-Language: en`.
    /// </remarks>
    public static async Task<Ok<IReadOnlyList<FormReferenceDto>>> GetForms(IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetFormsQuery(), cancellationToken));

    /// <summary>List the mentoring formats</summary>
    /// <remarks>
    /// One-to-one (традиционное), group («круги наставничества»), flash, network (сетевое), reverse (реверсивное: the
    /// younger mentors the older) and virtual, with their codes and titles. Anonymous reference data, for filling forms
    /// and lists; titles in Russian by default, in English with `Accept-Language: en`.
    /// </remarks>
    public static async Task<Ok<IReadOnlyList<ReferenceItemDto>>> GetFormats(IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetFormatsQuery(), cancellationToken));

    /// <summary>List the six stages of a mentorship programme and their gates</summary>
    /// <remarks>
    /// 1 launch conditions, 2 selection and training of mentors, 3 mentor bank, 4 mentee bank, 5 organisation of work,
    /// 6 completion — each with its code, number, title and, in words, the condition to move on (the gate). Anonymous
    /// reference data, for filling forms and lists; titles in Russian by default, in English with `Accept-Language:
    /// en`.
    /// </remarks>
    public static async Task<Ok<IReadOnlyList<StageReferenceDto>>> GetStages(IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetStagesQuery(), cancellationToken));

    /// <summary>List the kinds of organisation</summary>
    /// <remarks>
    /// General education school, school for children with special needs (ОВЗ), organisation for orphans, college (СПО),
    /// additional education (ДО), higher education, employer, NGO, individual entrepreneur, regional or municipal
    /// methodological centre — with their codes and titles. Anonymous reference data, for filling forms and lists;
    /// titles in Russian by default, in English with `Accept-Language: en`.
    /// </remarks>
    public static async Task<Ok<IReadOnlyList<ReferenceItemDto>>> GetOrganizationKinds(IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetOrganizationKindsQuery(), cancellationToken));

    /// <summary>List the seven efficiency criteria (критерии эффективности) and their levels</summary>
    /// <remarks>
    /// The criteria of the regional model of mentorship efficiency, each with its code, number, title and the levels of
    /// its scale from the highest to the lowest (besides "no data"). Anonymous reference data, for filling forms and
    /// lists; titles in Russian by default, in English with `Accept-Language: en`.
    /// </remarks>
    public static async Task<Ok<IReadOnlyList<CriterionReferenceDto>>> GetCriteria(IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetCriteriaQuery(), cancellationToken));

    /// <summary>List the categories of person (pupil, student, teacher …)</summary>
    /// <remarks>
    /// Pupil, student, teacher, employer's representative, parent, NGO representative or volunteer, other — the
    /// categories the mentoring forms allow as mentor and mentee, with their codes and titles. Anonymous reference
    /// data, for filling forms and lists; titles in Russian by default, in English with `Accept-Language: en`.
    /// </remarks>
    public static async Task<Ok<IReadOnlyList<ReferenceItemDto>>> GetPersonCategories(IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetPersonCategoriesQuery(), cancellationToken));

    /// <summary>List every error code with its Russian and English text</summary>
    /// <remarks>
    /// Every problem response carries the stable `code` of the rule that refused the request (e.g.
    /// `group.mentor_capacity_exceeded`, `stage.gate_not_met`, `validation.required`); this is the catalogue of all of
    /// them with both texts, where {0}, {1} … stand for the refusal's arguments. Clients branch on codes, never on
    /// text. Anonymous.
    /// </remarks>
    public static async Task<Ok<IReadOnlyList<ErrorCodeDto>>> GetErrors(IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetErrorsQuery(), cancellationToken));
}
