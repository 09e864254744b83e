/**
 * Turns whatever a component caught (an Apex AuraHandledException, a UI API error, a JavaScript Error,
 * or a list of them) into the plain messages a user should read.
 */

interface ApexErrorBody {
    message?: string;
    pageErrors?: { message: string }[];
    fieldErrors?: Record<string, { message: string }[]>;
    output?: { errors?: { message: string }[]; fieldErrors?: Record<string, { message: string }[]> };
}

interface FetchError {
    body?: ApexErrorBody | ApexErrorBody[];
    message?: string;
    statusText?: string;
}

function messagesOfBody(body: ApexErrorBody): string[] {
    const messages: string[] = [];
    body.pageErrors?.forEach((pageError) => messages.push(pageError.message));
    Object.values(body.fieldErrors ?? {}).forEach((errors) => errors.forEach((error) => messages.push(error.message)));
    body.output?.errors?.forEach((error) => messages.push(error.message));
    Object.values(body.output?.fieldErrors ?? {}).forEach((errors) =>
        errors.forEach((error) => messages.push(error.message))
    );
    if (messages.length === 0 && body.message) {
        messages.push(body.message);
    }
    return messages;
}

function messagesOf(error: unknown): string[] {
    if (error === null || error === undefined) {
        return [];
    }
    if (typeof error === 'string') {
        return [error];
    }
    if (Array.isArray(error)) {
        return error.flatMap(messagesOf);
    }
    const fetchError = error as FetchError;
    if (Array.isArray(fetchError.body)) {
        return fetchError.body.flatMap(messagesOfBody);
    }
    if (fetchError.body && typeof fetchError.body === 'object') {
        const fromBody = messagesOfBody(fetchError.body);
        if (fromBody.length > 0) {
            return fromBody;
        }
    }
    if (typeof fetchError.message === 'string' && fetchError.message) {
        return [fetchError.message];
    }
    if (typeof fetchError.statusText === 'string' && fetchError.statusText) {
        return [fetchError.statusText];
    }
    return [];
}

/**
 * @returns the distinct, non-empty messages in the error, in order
 */
export function reduceErrors(error: unknown): string[] {
    return [...new Set(messagesOf(error).filter((message) => message.trim().length > 0))];
}
