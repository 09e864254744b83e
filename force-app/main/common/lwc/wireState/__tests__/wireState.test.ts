import { loadingState, nextWireState, type WireState } from 'c/wireState';
import { apexError } from '../../../../../../jest/helpers';

const NO_ACCESS = 'You do not have access to expansion signals.';

// Pure state transitions: no component renders here, so there is nothing for an accessibility check to inspect;
// the components that render these states (c-error-panel, the cards) check theirs.
describe('c/wireState', () => {
    it('starts loading, with no data and no error', () => {
        expect(loadingState()).toEqual({ isLoading: true, isNoAccess: false, isError: false });
    });

    it('holds the data of a result', () => {
        const state = nextWireState(loadingState<{ score: number }>(), { data: { score: 72 } }, NO_ACCESS);
        expect(state).toEqual({ isLoading: false, data: { score: 72 }, isNoAccess: false, isError: false });
    });

    it('tells a no-access error from any other error by the controller message', () => {
        const noAccess = nextWireState(loadingState(), { error: apexError(NO_ACCESS) }, NO_ACCESS);
        expect(noAccess).toMatchObject({ isLoading: false, isNoAccess: true, isError: false });
        expect(noAccess.data).toBeUndefined();

        const failure = apexError('Unexpected error');
        const other = nextWireState(loadingState(), { error: failure }, NO_ACCESS);
        expect(other).toEqual({ isLoading: false, error: failure, isNoAccess: false, isError: true });
    });

    it('drops the data after an error and the error after data', () => {
        let state: WireState<string> = nextWireState(loadingState<string>(), { data: 'first' }, NO_ACCESS);
        state = nextWireState(state, { error: new Error('Network') }, NO_ACCESS);
        expect(state.data).toBeUndefined();
        expect(state.isError).toBe(true);
        state = nextWireState(state, { data: 'second' }, NO_ACCESS);
        expect(state).toEqual({ isLoading: false, data: 'second', isNoAccess: false, isError: false });
    });

    it('keeps the previous state while a result carries neither data nor error', () => {
        const loaded = nextWireState(loadingState<string>(), { data: 'shown' }, NO_ACCESS);
        expect(nextWireState(loaded, {}, NO_ACCESS)).toBe(loaded);
        const loading = loadingState<string>();
        expect(nextWireState(loading, { data: undefined, error: undefined }, NO_ACCESS)).toBe(loading);
    });
});
