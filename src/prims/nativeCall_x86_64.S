/* jvmlab_call_native: calls a C function with the System V AMD64 calling convention, given its
 * arguments already classified (the JNI natives' calling convention):
 *   void jvmlab_call_native(void* fn, const uint64_t gp[6], const uint64_t fp[8],
 *                           const uint64_t* stack, size_t stack_count, uint64_t ret[2]);
 * ret[0] receives rax, ret[1] the low 64 bits of xmm0. */
    .text
    .globl jvmlab_call_native
    .hidden jvmlab_call_native
    .type jvmlab_call_native, @function
jvmlab_call_native:
    push %rbp
    mov %rsp, %rbp
    push %rbx
    push %r12
    mov %r9, %rbx           /* ret */
    mov %rdi, %r10          /* fn */
    mov %rsi, %r11          /* gp */
    /* keep rsp 16-byte aligned at the call: pad when the stack-argument count is odd */
    mov %r8, %rax
    and $1, %rax
    shl $3, %rax
    sub %rax, %rsp
    lea (%rcx,%r8,8), %rax
1:  test %r8, %r8
    je 2f
    sub $8, %rax
    pushq (%rax)
    dec %r8
    jmp 1b
2:  movsd 0(%rdx), %xmm0
    movsd 8(%rdx), %xmm1
    movsd 16(%rdx), %xmm2
    movsd 24(%rdx), %xmm3
    movsd 32(%rdx), %xmm4
    movsd 40(%rdx), %xmm5
    movsd 48(%rdx), %xmm6
    movsd 56(%rdx), %xmm7
    mov 0(%r11), %rdi
    mov 8(%r11), %rsi
    mov 16(%r11), %rdx
    mov 24(%r11), %rcx
    mov 32(%r11), %r8
    mov 40(%r11), %r9
    mov $8, %eax
    call *%r10
    mov %rax, 0(%rbx)
    movsd %xmm0, 8(%rbx)
    lea -16(%rbp), %rsp
    pop %r12
    pop %rbx
    pop %rbp
    ret
    .size jvmlab_call_native, .-jvmlab_call_native
    .section .note.GNU-stack,"",@progbits
