describe.skip('times', () => {
    it('makes one item per index', () => {
        expect([0, 1].length).toBe(2);
    });
});
